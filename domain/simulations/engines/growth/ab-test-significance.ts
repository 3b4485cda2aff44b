/**
 * Engine: read a finished A/B test on checkout conversion (lift, z, two-sided p-value, decision,
 * confidence interval) and size the follow-up test (visitors per arm for a baseline, relative MDE,
 * alpha and power).
 */
import { z } from "zod";
import { IsoDateSchema } from "../../../rules/rule";
import { SAMPLE_SIZE_TWO_PROPORTIONS, TWO_PROPORTION_Z_TEST, WALD_DIFFERENCE_INTERVAL, normalCdf, normalQuantile, sampleSizePerArm, twoProportionZTest } from "../../../rules/growth-statistics";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const ParamsSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    visitorsA: z.number().int().positive(),
    conversionsA: z.number().int().min(0),
    visitorsB: z.number().int().positive(),
    conversionsB: z.number().int().min(0),
    alpha: z.union([z.literal(0.01), z.literal(0.05), z.literal(0.1)]),
    nextBaselinePercent: z.number().gt(0).lt(50),
    mdeRelativePercent: z.number().gt(0).max(100),
    power: z.union([z.literal(0.8), z.literal(0.9)]),
  })
  .refine((p) => p.conversionsA <= p.visitorsA && p.conversionsB <= p.visitorsB, "conversions cannot exceed visitors")
  .refine((p) => p.conversionsA + p.conversionsB > 0 && p.conversionsA + p.conversionsB < p.visitorsA + p.visitorsB, "the pooled rate must be strictly between 0 and 1")
  .refine((p) => (p.nextBaselinePercent / 100) * (1 + p.mdeRelativePercent / 100) < 1, "baseline × (1 + MDE) must stay below 100%");
export type AbTestParams = z.infer<typeof ParamsSchema>;

export const abTestSignificance: Engine<AbTestParams> = {
  id: "ab-test-significance",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const test = twoProportionZTest({ visitors: p.visitorsA, conversions: p.conversionsA }, { visitors: p.visitorsB, conversions: p.conversionsB }, p.alpha);
    const n = sampleSizePerArm(p.nextBaselinePercent / 100, p.mdeRelativePercent / 100, p.alpha, p.power);
    const level = round((1 - p.alpha) * 100, 0);
    const pp = (fraction: number) => round(fraction * 100, 2);
    const zTest = citeRule(TWO_PROPORTION_Z_TEST);
    const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
    const decision = test.isSignificant ? "significant" : "not-significant";
    return {
      answer: {
        absoluteLiftPp: pp(test.difference),
        zScore: round(test.z, 2),
        pValue: round(test.pValue, 4),
        decision,
        ciLowPp: pp(test.ciLow),
        ciHighPp: pp(test.ciHigh),
        sampleSizePerArm: n,
      },
      explanation: {
        en:
          `Rates: A ${pct(test.rateA)}, B ${pct(test.rateB)}; lift ${pp(test.difference)} pp. Pooled z = ${test.z.toFixed(3)}, two-sided p = ${test.pValue.toFixed(4)} ` +
          `${test.isSignificant ? "<" : "≥"} α = ${p.alpha}: ${test.isSignificant ? "significant" : "not significant"}. ${level}% CI of B − A (unpooled): [${pp(test.ciLow)}, ${pp(test.ciHigh)}] pp. ` +
          `Follow-up: baseline ${p.nextBaselinePercent}% → ${(p.nextBaselinePercent * (1 + p.mdeRelativePercent / 100)).toFixed(4)}%, z(1−α/2) = ${normalQuantile(1 - p.alpha / 2).toFixed(4)}, z(power) = ${normalQuantile(p.power).toFixed(4)}: ${n} visitors per arm.`,
        zh:
          `转化率：A ${pct(test.rateA)}，B ${pct(test.rateB)}；提升 ${pp(test.difference)} 个百分点。合并标准误的 z = ${test.z.toFixed(3)}，双侧 p = ${test.pValue.toFixed(4)} ` +
          `${test.isSignificant ? "<" : "≥"} α = ${p.alpha}：${test.isSignificant ? "显著" : "不显著"}。B − A 的 ${level}% 置信区间（非合并标准误）：[${pp(test.ciLow)}, ${pp(test.ciHigh)}] 个百分点。` +
          `后续测试：基线 ${p.nextBaselinePercent}% → ${(p.nextBaselinePercent * (1 + p.mdeRelativePercent / 100)).toFixed(4)}%，z(1−α/2) = ${normalQuantile(1 - p.alpha / 2).toFixed(4)}，z(功效) = ${normalQuantile(p.power).toFixed(4)}：每组 ${n} 名访客。`,
      },
      partRules: {
        absoluteLiftPp: [zTest],
        zScore: [zTest],
        pValue: [zTest],
        decision: [zTest],
        ciLowPp: [citeRule(WALD_DIFFERENCE_INTERVAL)],
        ciHighPp: [citeRule(WALD_DIFFERENCE_INTERVAL)],
        sampleSizePerArm: [citeRule(SAMPLE_SIZE_TWO_PROPORTIONS)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const test = twoProportionZTest({ visitors: p.visitorsA, conversions: p.conversionsA }, { visitors: p.visitorsB, conversions: p.conversionsB }, p.alpha);
    const mistakes: PredictedMistake[] = [];
    const oneTailedP = 1 - normalCdf(Math.abs(test.z));
    mistakes.push({ part: "pValue", code: "one-tailed-test", value: round(oneTailedP, 4) });
    if (oneTailedP < p.alpha !== test.isSignificant) mistakes.push({ part: "decision", code: "one-tailed-test", value: oneTailedP < p.alpha ? "significant" : "not-significant" });
    mistakes.push({ part: "decision", code: "significance-reversed", value: test.isSignificant ? "not-significant" : "significant" });
    mistakes.push({ part: "absoluteLiftPp", code: "relative-lift-given", value: round((test.rateB / test.rateA - 1) * 100, 2) });
    mistakes.push({ part: "absoluteLiftPp", code: "difference-reversed", value: round(-test.difference * 100, 2) });
    const unpooledSe = Math.sqrt((test.rateA * (1 - test.rateA)) / p.visitorsA + (test.rateB * (1 - test.rateB)) / p.visitorsB);
    mistakes.push({ part: "zScore", code: "unpooled-se-in-test", value: round(test.difference / unpooledSe, 2) });
    mistakes.push({ part: "zScore", code: "difference-reversed", value: round(-test.z, 2) });
    const fixed95 = 1.96 * unpooledSe;
    if (p.alpha !== 0.05) {
      mistakes.push({ part: "ciLowPp", code: "interval-level-fixed-at-95", value: round((test.difference - fixed95) * 100, 2) });
      mistakes.push({ part: "ciHighPp", code: "interval-level-fixed-at-95", value: round((test.difference + fixed95) * 100, 2) });
    }
    const n = solution.answer.sampleSizePerArm as number;
    mistakes.push({ part: "sampleSizePerArm", code: "total-instead-of-per-arm", value: n * 2 });
    mistakes.push({ part: "sampleSizePerArm", code: "power-ignored", value: sampleSizePerArm(p.nextBaselinePercent / 100, p.mdeRelativePercent / 100, p.alpha, 0.5) });
    const absolute = absoluteMdeSize(p);
    if (absolute !== null) mistakes.push({ part: "sampleSizePerArm", code: "mde-taken-as-absolute", value: absolute });
    return mistakes;
  },
};

/** Sample size if the MDE percent were read as percentage points (when that stays a valid rate). */
function absoluteMdeSize(p: AbTestParams): number | null {
  const target = (p.nextBaselinePercent + p.mdeRelativePercent) / 100;
  if (target >= 1) return null;
  return sampleSizePerArm(p.nextBaselinePercent / 100, target / (p.nextBaselinePercent / 100) - 1, p.alpha, p.power);
}
