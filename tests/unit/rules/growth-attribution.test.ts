import { describe, expect, it } from "vitest";
import { channelShare, cpa, roas, touchpointShares, type Touchpoint } from "@/domain/rules/growth-attribution";

const path: Touchpoint[] = [
  { channel: "paid-social", daysBeforeConversion: 12 },
  { channel: "email", daysBeforeConversion: 6 },
  { channel: "paid-social", daysBeforeConversion: 3 },
  { channel: "paid-search", daysBeforeConversion: 1 },
];

describe("attribution models", () => {
  it("gives all credit to the last or first touch", () => {
    expect(touchpointShares(path, "last-click")).toEqual([0, 0, 0, 1]);
    expect(touchpointShares(path, "first-click")).toEqual([1, 0, 0, 0]);
  });

  it("splits linear credit per touch, so a channel seen twice gets half", () => {
    expect(channelShare(path, "paid-social", "linear")).toBe(0.5);
  });

  it("splits position-based 40/20/40 with the middle 20% shared", () => {
    expect(touchpointShares(path, "position-based")).toEqual([0.4, 0.1, 0.1, 0.4]);
    expect(touchpointShares(path.slice(0, 2), "position-based")).toEqual([0.5, 0.5]);
    expect(touchpointShares(path.slice(0, 1), "position-based")).toEqual([1]);
  });

  it("halves a touch's time-decay weight per half-life before the conversion", () => {
    const shares = touchpointShares([{ channel: "a", daysBeforeConversion: 7 }, { channel: "b", daysBeforeConversion: 0 }], "time-decay", 7);
    expect(shares[0]).toBeCloseTo(1 / 3, 10);
    expect(channelShare(path, "paid-social", "time-decay", 7)).toBeCloseTo(0.418175, 5);
  });

  it("shares always sum to one", () => {
    for (const model of ["last-click", "first-click", "linear", "time-decay", "position-based"] as const) {
      expect(touchpointShares(path, model, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe("ROAS and CPA", () => {
  it("reads ROAS as a ratio and CPA over fractional conversions", () => {
    expect(roas(4000, 2000)).toBe(2);
    expect(cpa(2000, 50)).toBe(40);
  });

  it("refuses a zero spend or zero credited conversions", () => {
    expect(() => roas(100, 0)).toThrow(RangeError);
    expect(() => cpa(100, 0)).toThrow(RangeError);
  });
});
