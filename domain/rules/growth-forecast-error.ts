/**
 * Forecast accuracy measures over periods with actuals A and forecasts F, in percent.
 * Error convention: e = F - A, so a positive bias means over-forecasting.
 *
 * - MAPE = mean(|F - A| / A) × 100: needs every actual > 0; weights each period equally, so small
 *   actuals dominate.
 * - MPE (bias) = mean((F - A) / A) × 100: signed, errors of both signs cancel.
 * - WAPE = Σ|F - A| / ΣA × 100: volume-weighted, defined whenever ΣA > 0.
 */
import type { Rule } from "./rule";

const FPP3 = { title: "Hyndman & Athanasopoulos, Forecasting: Principles and Practice (3rd ed.), §5.8 Evaluating point forecast accuracy", url: "https://otexts.com/fpp3/accuracy.html" };

export const FORECAST_ERROR_CONVENTION: Rule<"forecast-minus-actual"> = {
  id: "forecast.error-sign",
  version: 1,
  summary: "Error = forecast - actual, so a positive bias means over-forecasting (case convention; FPP3 uses actual - forecast, which flips the sign)",
  value: "forecast-minus-actual",
  from: "2000-01-01",
  sources: [FPP3],
};

export const MAPE_RULE: Rule<"mean-absolute-percentage-error"> = {
  id: "forecast.mape",
  version: 1,
  summary: "MAPE = mean of |forecast - actual| / actual, in percent; undefined when an actual is 0",
  value: "mean-absolute-percentage-error",
  from: "2000-01-01",
  sources: [FPP3],
};

export const MPE_RULE: Rule<"mean-percentage-error"> = {
  id: "forecast.mpe-bias",
  version: 1,
  summary: "Bias as mean percentage error: mean of (forecast - actual) / actual, in percent; positive = over-forecast",
  value: "mean-percentage-error",
  from: "2000-01-01",
  sources: [FPP3],
};

export const WAPE_RULE: Rule<"weighted-absolute-percentage-error"> = {
  id: "forecast.wape",
  version: 1,
  summary: "WAPE = sum of |forecast - actual| / sum of actuals, in percent (volume-weighted)",
  value: "weighted-absolute-percentage-error",
  from: "2000-01-01",
  sources: [FPP3, { title: "Kolassa & Schütz (2007), Advantages of the MAD/Mean ratio over the MAPE, Foresight 6" }],
};

export type ForecastErrors = { mape: number; mpe: number; wape: number };

/** MAPE, MPE and WAPE in percent, unrounded. Requires equal lengths ≥ 1 and every actual > 0. */
export function forecastErrors(actuals: readonly number[], forecasts: readonly number[]): ForecastErrors {
  if (actuals.length === 0 || actuals.length !== forecasts.length) throw new RangeError("need as many forecasts as actuals, at least one");
  if (actuals.some((actual) => !(actual > 0))) throw new RangeError("MAPE and MPE need every actual > 0");
  let absolutePercent = 0;
  let signedPercent = 0;
  let absolute = 0;
  let total = 0;
  actuals.forEach((actual, i) => {
    const error = forecasts[i]! - actual;
    absolutePercent += Math.abs(error) / actual;
    signedPercent += error / actual;
    absolute += Math.abs(error);
    total += actual;
  });
  const n = actuals.length;
  return { mape: (absolutePercent / n) * 100, mpe: (signedPercent / n) * 100, wape: (absolute / total) * 100 };
}
