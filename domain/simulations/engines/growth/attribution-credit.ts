/**
 * Engine: how much revenue the campaign that opened a typical four-touch journey earns under each
 * rule-based attribution model, and its ROAS and CPA under position-based attribution.
 */
import { z } from "zod";
import { IsoDateSchema } from "../../../rules/rule";
import { ATTRIBUTION_MODELS, ROAS_AND_CPA, channelShare, cpa, roas, touchpointShares, type AttributionModel, type Touchpoint } from "../../../rules/growth-attribution";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const CHANNELS = ["paid-social", "display", "affiliate", "email", "organic-search", "paid-search", "direct"] as const;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema,
  touch1: z.enum(CHANNELS),
  touch2: z.enum(CHANNELS),
  touch3: z.enum(CHANNELS),
  touch4: z.enum(CHANNELS),
  /** Days between consecutive touches, and from the last touch to the conversion. */
  gap12: z.number().min(0),
  gap23: z.number().min(0),
  gap34: z.number().min(0),
  gap4c: z.number().min(0),
  halfLifeDays: z.number().positive(),
  conversions: z.number().int().positive(),
  orderValue: z.number().positive(),
  campaignSpend: z.number().positive(),
});
export type AttributionParams = z.infer<typeof ParamsSchema>;

export function pathOf(p: AttributionParams): Touchpoint[] {
  const d4 = p.gap4c;
  const d3 = d4 + p.gap34;
  const d2 = d3 + p.gap23;
  const d1 = d2 + p.gap12;
  return [
    { channel: p.touch1, daysBeforeConversion: d1 },
    { channel: p.touch2, daysBeforeConversion: d2 },
    { channel: p.touch3, daysBeforeConversion: d3 },
    { channel: p.touch4, daysBeforeConversion: d4 },
  ];
}

const MODEL_PARTS: [string, AttributionModel][] = [
  ["lastClickRevenue", "last-click"],
  ["firstClickRevenue", "first-click"],
  ["linearRevenue", "linear"],
  ["timeDecayRevenue", "time-decay"],
  ["positionBasedRevenue", "position-based"],
];

export const attributionCredit: Engine<AttributionParams> = {
  id: "attribution-credit",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const path = pathOf(p);
    const focus = p.touch1;
    const revenue = p.conversions * p.orderValue;
    const answer: Record<string, number> = {};
    const partRules: Solution["partRules"] = {};
    const lines: string[] = [];
    for (const [part, model] of MODEL_PARTS) {
      const share = channelShare(path, focus, model, p.halfLifeDays);
      answer[part] = round(share * revenue, 2);
      partRules[part] = [citeRule(ATTRIBUTION_MODELS[model])];
      lines.push(`${model} ${(share * 100).toFixed(2)}% → ${answer[part]!.toFixed(2)}`);
    }
    const positionShare = channelShare(path, focus, "position-based");
    answer.positionBasedRoas = round(roas(positionShare * revenue, p.campaignSpend), 2);
    answer.positionBasedCpa = round(cpa(p.campaignSpend, positionShare * p.conversions), 2);
    partRules.positionBasedRoas = [citeRule(ATTRIBUTION_MODELS["position-based"]), citeRule(ROAS_AND_CPA)];
    partRules.positionBasedCpa = [citeRule(ATTRIBUTION_MODELS["position-based"]), citeRule(ROAS_AND_CPA)];
    const days = path.map((touch) => touch.daysBeforeConversion).join(", ");
    return {
      answer,
      explanation: {
        en: `Path ${path.map((t) => t.channel).join(" → ")}, days before conversion ${days}; ${p.conversions} × ${p.orderValue.toFixed(2)} = ${revenue.toFixed(2)} revenue. Credit to ${focus}: ${lines.join("; ")}. Position-based ROAS = ${answer.positionBasedRevenue!.toFixed(2)} / ${p.campaignSpend.toFixed(2)} = ${answer.positionBasedRoas}; CPA = ${p.campaignSpend.toFixed(2)} / ${(positionShare * p.conversions).toFixed(2)} conversions = ${answer.positionBasedCpa}.`,
        zh: `路径 ${path.map((t) => t.channel).join(" → ")}，距转化天数 ${days}；收入 ${p.conversions} × ${p.orderValue.toFixed(2)} = ${revenue.toFixed(2)}。归给 ${focus} 的功劳：${lines.join("；")}。位置归因 ROAS = ${answer.positionBasedRevenue!.toFixed(2)} / ${p.campaignSpend.toFixed(2)} = ${answer.positionBasedRoas}；CPA = ${p.campaignSpend.toFixed(2)} / ${(positionShare * p.conversions).toFixed(2)} 次转化 = ${answer.positionBasedCpa}。`,
      },
      partRules,
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const path = pathOf(p);
    const focus = p.touch1;
    const revenue = p.conversions * p.orderValue;
    const money = (share: number) => round(share * revenue, 2);
    const mistakes: PredictedMistake[] = [];
    const last = solution.answer.lastClickRevenue as number;
    const first = solution.answer.firstClickRevenue as number;
    if (last !== first) {
      mistakes.push({ part: "lastClickRevenue", code: "first-last-swapped", value: first });
      mistakes.push({ part: "firstClickRevenue", code: "first-last-swapped", value: last });
    }
    const distinct = new Set(path.map((touch) => touch.channel)).size;
    mistakes.push({ part: "linearRevenue", code: "linear-by-distinct-channels", value: money(1 / distinct) });
    const reversed = touchpointShares(path.map((touch, i) => ({ ...touch, daysBeforeConversion: path[path.length - 1 - i]!.daysBeforeConversion })), "time-decay", p.halfLifeDays);
    mistakes.push({ part: "timeDecayRevenue", code: "time-decay-reversed", value: money(reversed.reduce((sum, share, i) => (path[i]!.channel === focus ? sum + share : sum), 0)) });
    const unsplit = path.reduce((sum, touch, i) => (touch.channel === focus ? sum + (i === 0 || i === path.length - 1 ? 0.4 : 0.2) : sum), 0);
    mistakes.push({ part: "positionBasedRevenue", code: "position-middle-not-split", value: money(unsplit) });
    const positionRevenue = channelShare(path, focus, "position-based") * revenue;
    mistakes.push({ part: "positionBasedRoas", code: "roas-inverted", value: round(p.campaignSpend / positionRevenue, 2) });
    mistakes.push({ part: "positionBasedRoas", code: "roas-as-percent", value: round((positionRevenue / p.campaignSpend) * 100, 2) });
    mistakes.push({ part: "positionBasedCpa", code: "cpa-whole-conversions", value: round(p.campaignSpend / p.conversions, 2) });
    mistakes.push({ part: "positionBasedCpa", code: "cpa-from-revenue", value: round(p.campaignSpend / positionRevenue, 2) });
    return mistakes;
  },
};
