/**
 * Content is the test suite too: every simulation's worked samples grade as their authors said, and
 * many random variants of each are solvable, with a key that scores 1.
 */
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import { drawVariant, gradeVariant, parseParameters, solveVariant } from "@/domain/simulations/run-simulation";
import { answerSchemaFor } from "@/domain/simulations/answer-schema";

const catalog = loadCatalog();
const VARIANTS_PER_SIMULATION = 500;

describe.each(catalog.simulations.map((simulation) => [simulation.id, simulation] as const))("simulation %s", (_id, simulation) => {
  it.each(simulation.samples.map((sample, i) => [i, sample] as const))("grades worked sample %i as its author expects", (_i, sample) => {
    const params = parseParameters(simulation, sample.params);
    const answer = answerSchemaFor(simulation).parse(sample.answer);
    expect(gradeVariant(simulation, params, answer).score).toBeCloseTo(sample.expectedScore, 4);
  });

  it(`is solvable and fair for ${VARIANTS_PER_SIMULATION} random seeds`, () => {
    for (let seed = 0; seed < VARIANTS_PER_SIMULATION; seed++) {
      const params = drawVariant(simulation, seed);
      const solution = solveVariant(simulation, params);
      for (const part of simulation.parts) {
        const value = solution.answer[part.id];
        expect(value, `seed ${seed}, part ${part.id}`).toBeDefined();
        if (typeof value === "number") expect(Number.isFinite(value), `seed ${seed}, part ${part.id}`).toBe(true);
        if (part.input.kind === "choice") expect(part.input.options.map((o) => o.value)).toContain(value);
        expect(solution.partRules[part.id]?.length, `seed ${seed}: part ${part.id} cites no rule`).toBeGreaterThan(0);
      }
      const key = answerSchemaFor(simulation).parse(solution.answer);
      expect(gradeVariant(simulation, params, key).score).toBe(1);
    }
  });

  it("draws the same variant for the same seed", () => {
    expect(drawVariant(simulation, 42)).toEqual(drawVariant(simulation, 42));
  });
});
