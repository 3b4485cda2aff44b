/**
 * Engine: how a commercial express-courier shipment to a US consumer enters as of a date — duty-free
 * under Section 321 de minimis (up to USD 800), or with duties through an informal (up to USD 2,500)
 * or formal entry — given the suspension for China/Hong Kong (2025-05-02) and for all countries
 * (2025-08-29) and the statutory repeal (2027-07-01).
 */
import { z } from "zod";
import { IsoDateSchema } from "../../../rules/rule";
import { US_DE_MINIMIS_LIMIT_USD, US_DE_MINIMIS_RULES, US_INFORMAL_ENTRY_LIMIT, usDeMinimisRule } from "../../../rules/us-de-minimis";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= "2016-03-10", "the USD 800 de minimis starts on 2016-03-10"),
  origin: z.enum(["CN", "HK", "VN", "DE", "GB", "MX"]),
  /** Fair retail value of the shipment, USD. */
  valueUsd: z.number().positive(),
});
export type UsDeMinimisParams = z.infer<typeof ParamsSchema>;

export const usDeMinimisEntry: Engine<UsDeMinimisParams> = {
  id: "us-de-minimis-entry",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const rule = usDeMinimisRule(p.origin, p.asOf);
    const withinValue = p.valueUsd <= US_DE_MINIMIS_LIMIT_USD;
    const dutyFree = rule.value.available && withinValue;
    const entry = dutyFree ? "section-321-release" : p.valueUsd <= US_INFORMAL_ENTRY_LIMIT.value ? "informal-entry" : "formal-entry";
    const statutory = citeRule(US_DE_MINIMIS_RULES[0]!);
    return {
      answer: { dutyFree: dutyFree ? "yes" : "no", entryRoute: entry, legalBasis: rule.value.basis },
      explanation: {
        en: `On ${p.asOf}, for a shipment from ${p.origin} worth USD ${p.valueUsd.toFixed(2)}: ${rule.summary}. ${dutyFree ? "It is within USD 800, so it is released duty-free under Section 321." : `${withinValue ? "Although within USD 800, de minimis is not available" : "It is above USD 800"}, so duties are due and it enters on ${entry === "formal-entry" ? "a formal entry (above USD 2,500)" : "an informal entry (up to USD 2,500)"}.`}`,
        zh: `${p.asOf}，来自 ${p.origin}、价值 ${p.valueUsd.toFixed(2)} 美元的货件：${dutyFree ? "不超过 800 美元，按第 321 条小额豁免免税放行。" : `${withinValue ? "虽不超过 800 美元，但小额豁免已不可用" : "超过 800 美元"}，需缴纳关税，并以${entry === "formal-entry" ? "正式报关（超过 2,500 美元）" : "非正式报关（不超过 2,500 美元）"}入境。`}依据：${rule.value.basis}。`,
      },
      partRules: {
        dutyFree: [citeRule(rule), ...(rule.id === statutory.id ? [] : [statutory])],
        entryRoute: [citeRule(rule), citeRule(US_INFORMAL_ENTRY_LIMIT)],
        legalBasis: [citeRule(rule)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const mistakes: PredictedMistake[] = [];
    const basis = solution.answer.legalBasis as string;
    if (basis !== "statute-800" && p.valueUsd <= US_DE_MINIMIS_LIMIT_USD) {
      mistakes.push({ part: "dutyFree", code: "suspension-ignored", value: "yes" });
      mistakes.push({ part: "entryRoute", code: "suspension-ignored", value: "section-321-release" });
    }
    if (basis === "eo-suspension-all-countries" || basis === "statutory-repeal-obbba") mistakes.push({ part: "legalBasis", code: "china-only-suspension", value: "eo-suspension-cn-hk" });
    if (basis === "eo-suspension-cn-hk") mistakes.push({ part: "legalBasis", code: "suspension-too-early", value: "eo-suspension-all-countries" });
    if (basis === "eo-suspension-all-countries") mistakes.push({ part: "legalBasis", code: "repeal-date-confused", value: "statutory-repeal-obbba" });
    if (basis === "statute-800" && ["CN", "HK"].includes(p.origin)) mistakes.push({ part: "dutyFree", code: "suspension-too-early", value: "no" });
    if (solution.answer.entryRoute === "formal-entry") mistakes.push({ part: "entryRoute", code: "informal-above-2500", value: "informal-entry" });
    if (p.valueUsd > US_DE_MINIMIS_LIMIT_USD) mistakes.push({ part: "dutyFree", code: "de-minimis-above-800", value: "yes" });
    return mistakes;
  },
};
