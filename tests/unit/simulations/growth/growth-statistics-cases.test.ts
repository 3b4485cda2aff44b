import { describe, expect, it } from "vitest";
import { abTestSignificance, type AbTestParams } from "@/domain/simulations/engines/growth/ab-test-significance";
import { attributionCredit, type AttributionParams } from "@/domain/simulations/engines/growth/attribution-credit";
import { forecastError, type ForecastErrorParams } from "@/domain/simulations/engines/growth/forecast-error";

const test: AbTestParams = { asOf: "2026-11-24", visitorsA: 10000, conversionsA: 300, visitorsB: 10000, conversionsB: 360, alpha: 0.05, nextBaselinePercent: 3, mdeRelativePercent: 10, power: 0.8 };

describe("A/B test case", () => {
  it("keys lift, z, two-sided p, decision, interval and sample size", () => {
    expect(abTestSignificance.solve(test).answer).toEqual({ absoluteLiftPp: 0.6, zScore: 2.38, pValue: 0.0175, decision: "significant", ciLowPp: 0.1, ciHighPp: 1.1, sampleSizePerArm: 53211 });
  });

  it("predicts the one-tailed p-value and the total of both arms", () => {
    const mistakes = abTestSignificance.predictMistakes(test, abTestSignificance.solve(test));
    expect(mistakes).toContainEqual({ part: "pValue", code: "one-tailed-test", value: 0.0088 });
    expect(mistakes).toContainEqual({ part: "sampleSizePerArm", code: "total-instead-of-per-arm", value: 106422 });
  });

  it("rejects more conversions than visitors", () => {
    expect(abTestSignificance.paramsSchema.safeParse({ ...test, conversionsA: 10001 }).success).toBe(false);
  });
});

const journey: AttributionParams = {
  asOf: "2026-11-22", touch1: "paid-social", touch2: "email", touch3: "paid-social", touch4: "paid-search",
  gap12: 6, gap23: 3, gap34: 2, gap4c: 1, halfLifeDays: 7, conversions: 100, orderValue: 80, campaignSpend: 2000,
};

describe("attribution case", () => {
  it("credits the opening channel under every model, with ROAS and CPA", () => {
    expect(attributionCredit.solve(journey).answer).toEqual({
      lastClickRevenue: 0, firstClickRevenue: 8000, linearRevenue: 4000, timeDecayRevenue: 3345.42, positionBasedRevenue: 4000, positionBasedRoas: 2, positionBasedCpa: 40,
    });
  });

  it("credits last click when the journey also ends on the opening channel", () => {
    expect(attributionCredit.solve({ ...journey, touch4: "paid-social" }).answer.lastClickRevenue).toBe(8000);
  });
});

const weeks: ForecastErrorParams = {
  asOf: "2026-10-05", actual1: 500, actual2: 450, actual3: 520, actual4: 610, actual5: 480, actual6: 400,
  forecast1: 520, forecast2: 430, forecast3: 560, forecast4: 580, forecast5: 500, forecast6: 440,
};

describe("forecast error case", () => {
  it("keys MAPE, MPE, WAPE and the direction of the bias", () => {
    expect(forecastError.solve(weeks).answer).toEqual({ mape: 5.87, biasMpe: 2.75, wape: 5.74, biasDirection: "over-forecast" });
  });

  it("reads an exactly cancelling bias as unbiased", () => {
    const flat = { ...weeks, actual1: 500, forecast1: 550, actual2: 500, forecast2: 450, actual3: 500, forecast3: 500, actual4: 500, forecast4: 500, actual5: 500, forecast5: 500, actual6: 500, forecast6: 500 };
    expect(forecastError.solve(flat).answer.biasDirection).toBe("unbiased");
  });
});
