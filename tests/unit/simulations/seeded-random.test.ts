import { describe, expect, it } from "vitest";
import { createRandom, variantSeed } from "@/domain/simulations/seeded-random";

describe("seeded randomness", () => {
  it("repeats exactly for the same seed and differs between learners and attempts", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(variantSeed("learner-a", "case", 1)).not.toBe(variantSeed("learner-b", "case", 1));
    expect(variantSeed("learner-a", "case", 1)).not.toBe(variantSeed("learner-a", "case", 2));
  });

  it("spreads the second draw of small consecutive seeds across the range", () => {
    const second = Array.from({ length: 40 }, (_, seed) => {
      const random = createRandom(seed);
      random();
      return random();
    });
    expect(Math.min(...second)).toBeLessThan(0.15);
    expect(Math.max(...second)).toBeGreaterThan(0.85);
  });
});
