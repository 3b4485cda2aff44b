import { describe, expect, it } from "vitest";
import { forecastErrors } from "@/domain/rules/growth-forecast-error";

describe("forecast error", () => {
  const actuals = [500, 450, 520, 610, 480, 400];
  const forecasts = [520, 430, 560, 580, 500, 440];

  it("computes MAPE, MPE and WAPE in percent with error = forecast - actual", () => {
    const errors = forecastErrors(actuals, forecasts);
    expect(errors.mape).toBeCloseTo(5.87024, 4);
    expect(errors.mpe).toBeCloseTo(2.74943, 4);
    expect(errors.wape).toBeCloseTo((170 / 2960) * 100, 10);
  });

  it("has a positive bias when forecasts run above demand and zero for a perfect forecast", () => {
    expect(forecastErrors([100, 100], [110, 120]).mpe).toBeCloseTo(15, 10);
    expect(forecastErrors([100, 200], [100, 200])).toEqual({ mape: 0, mpe: 0, wape: 0 });
  });

  it("lets small actuals dominate MAPE but not WAPE", () => {
    const errors = forecastErrors([10, 1000], [20, 1000]);
    expect(errors.mape).toBe(50);
    expect(errors.wape).toBeCloseTo(0.990099, 5);
  });

  it("refuses zero actuals and mismatched series", () => {
    expect(() => forecastErrors([0, 10], [1, 10])).toThrow(RangeError);
    expect(() => forecastErrors([10], [10, 11])).toThrow(RangeError);
  });
});
