/**
 * Engine: accuracy of six weeks of a SKU's demand forecast: MAPE, bias as mean percentage error,
 * WAPE, and whether the forecast runs over or under demand.
 */
import { z } from "zod";
import { IsoDateSchema } from "../../../rules/rule";
import { FORECAST_ERROR_CONVENTION, MAPE_RULE, MPE_RULE, WAPE_RULE, forecastErrors } from "../../../rules/growth-forecast-error";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const WEEKS = [1, 2, 3, 4, 5, 6] as const;
const round2 = (value: number) => Math.round(value * 100) / 100;
const Units = z.number().positive();

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema,
  actual1: Units, actual2: Units, actual3: Units, actual4: Units, actual5: Units, actual6: Units,
  forecast1: z.number().min(0), forecast2: z.number().min(0), forecast3: z.number().min(0), forecast4: z.number().min(0), forecast5: z.number().min(0), forecast6: z.number().min(0),
});
export type ForecastErrorParams = z.infer<typeof ParamsSchema>;

function seriesOf(p: ForecastErrorParams): { actuals: number[]; forecasts: number[] } {
  return { actuals: WEEKS.map((w) => p[`actual${w}`]), forecasts: WEEKS.map((w) => p[`forecast${w}`]) };
}

/** Direction from the bias as graded (rounded to 0.01 pp), so a key of 0.00 reads "unbiased". */
function directionOf(mpeRounded: number): string {
  return mpeRounded > 0 ? "over-forecast" : mpeRounded < 0 ? "under-forecast" : "unbiased";
}

export const forecastError: Engine<ForecastErrorParams> = {
  id: "forecast-error",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const { actuals, forecasts } = seriesOf(p);
    const errors = forecastErrors(actuals, forecasts);
    const mpe = round2(errors.mpe);
    const direction = directionOf(mpe);
    const sign = citeRule(FORECAST_ERROR_CONVENTION);
    return {
      answer: { mape: round2(errors.mape), biasMpe: mpe, wape: round2(errors.wape), biasDirection: direction },
      explanation: {
        en: `Errors F − A by week: ${actuals.map((a, i) => forecasts[i]! - a).join(", ")}. MAPE = mean |F − A| / A = ${errors.mape.toFixed(4)}%; bias (MPE) = mean (F − A) / A = ${errors.mpe.toFixed(4)}% (${direction}); WAPE = Σ|F − A| / ΣA = ${errors.wape.toFixed(4)}%.`,
        zh: `各周误差 F − A：${actuals.map((a, i) => forecasts[i]! - a).join("，")}。MAPE = |F − A| / A 的均值 = ${errors.mape.toFixed(4)}%；偏差（MPE）= (F − A) / A 的均值 = ${errors.mpe.toFixed(4)}%（${direction === "over-forecast" ? "预测偏高" : direction === "under-forecast" ? "预测偏低" : "无偏"}）；WAPE = Σ|F − A| / ΣA = ${errors.wape.toFixed(4)}%。`,
      },
      partRules: {
        mape: [citeRule(MAPE_RULE)],
        biasMpe: [citeRule(MPE_RULE), sign],
        wape: [citeRule(WAPE_RULE)],
        biasDirection: [citeRule(MPE_RULE), sign],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const { actuals, forecasts } = seriesOf(p);
    const errors = forecastErrors(actuals, forecasts);
    const onForecast = forecastErrors(forecasts.map((f) => Math.max(f, 1e-9)), actuals);
    const mistakes: PredictedMistake[] = [
      { part: "mape", code: "mape-over-forecast", value: round2(onForecast.mape) },
      { part: "mape", code: "percent-as-fraction", value: round2(errors.mape / 100) },
      { part: "mape", code: "wape-for-mape", value: round2(errors.wape) },
      { part: "biasMpe", code: "bias-sign-flipped", value: round2(-errors.mpe) },
      { part: "biasMpe", code: "bias-absolute", value: round2(errors.mape) },
      { part: "biasMpe", code: "percent-as-fraction", value: round2(errors.mpe / 100) },
      { part: "wape", code: "mape-for-wape", value: round2(errors.mape) },
      { part: "wape", code: "wape-over-forecast", value: round2((forecasts.reduce((s, f, i) => s + Math.abs(f - actuals[i]!), 0) / forecasts.reduce((s, f) => s + f, 0)) * 100) },
      { part: "wape", code: "percent-as-fraction", value: round2(errors.wape / 100) },
    ];
    const direction = solution.answer.biasDirection as string;
    if (direction !== "unbiased") mistakes.push({ part: "biasDirection", code: "bias-sign-flipped", value: direction === "over-forecast" ? "under-forecast" : "over-forecast" });
    return mistakes;
  },
};
