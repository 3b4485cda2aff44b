import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile, sampleSizePerArm, twoProportionZTest } from "@/domain/rules/growth-statistics";

describe("normal distribution", () => {
  it("matches tabulated values of Φ and Φ⁻¹", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-2.5758293)).toBeCloseTo(0.005, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it("rejects quantiles outside (0, 1)", () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("two-proportion z-test", () => {
  it("tests 3.0% against 3.6% on 10,000 visitors each: z 2.375, two-sided p 0.0175", () => {
    const result = twoProportionZTest({ visitors: 10000, conversions: 300 }, { visitors: 10000, conversions: 360 }, 0.05);
    expect(result.difference).toBeCloseTo(0.006, 10);
    expect(result.z).toBeCloseTo(2.37501, 4);
    expect(result.pValue).toBeCloseTo(0.01755, 4);
    expect(result.isSignificant).toBe(true);
    expect(result.ciLow).toBeCloseTo(0.001049, 5);
    expect(result.ciHigh).toBeCloseTo(0.010951, 5);
  });

  it("is not significant at α = 0.01 and widens the interval to 99%", () => {
    const result = twoProportionZTest({ visitors: 10000, conversions: 300 }, { visitors: 10000, conversions: 360 }, 0.01);
    expect(result.isSignificant).toBe(false);
    expect(result.ciLow).toBeLessThan(0);
  });

  it("refuses a test where nobody or everybody converted", () => {
    expect(() => twoProportionZTest({ visitors: 100, conversions: 0 }, { visitors: 100, conversions: 0 }, 0.05)).toThrow(RangeError);
  });
});

describe("sample size per arm", () => {
  it("needs 53,211 visitors per arm for 3% +10% at α 0.05 and power 0.8", () => {
    expect(sampleSizePerArm(0.03, 0.1, 0.05, 0.8)).toBe(53211);
  });

  it("grows with power and a stricter α, shrinks with a larger effect", () => {
    const base = sampleSizePerArm(0.03, 0.1, 0.05, 0.8);
    expect(sampleSizePerArm(0.03, 0.1, 0.05, 0.9)).toBeGreaterThan(base);
    expect(sampleSizePerArm(0.03, 0.1, 0.01, 0.8)).toBeGreaterThan(base);
    expect(sampleSizePerArm(0.03, 0.2, 0.05, 0.8)).toBeLessThan(base / 3);
  });

  it("refuses an effect that leaves the rate unchanged or above 100%", () => {
    expect(() => sampleSizePerArm(0.03, 0, 0.05, 0.8)).toThrow(RangeError);
    expect(() => sampleSizePerArm(0.6, 1, 0.05, 0.8)).toThrow(RangeError);
  });
});
