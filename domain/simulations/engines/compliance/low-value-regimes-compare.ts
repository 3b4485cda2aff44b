/**
 * Engine: one product sold to consumers in five markets at once. For each market, who collects the
 * tax (seller or marketplace at checkout, or the importer at the border), or in Canada which
 * charges apply at the border under the CUSMA courier de minimis. The seller is registered
 * wherever its turnover requires it (above every registration threshold).
 */
import { z } from "zod";
import { IsoDateSchema, isInForce } from "../../../rules/rule";
import {
  AU_LOW_VALUE_GST,
  CA_CUSMA_COURIER_DE_MINIMIS,
  CH_MAIL_ORDER_REGISTRATION,
  CH_PLATFORM_DEEMED_SUPPLIER,
  NO_VOEC,
  NZ_LOW_VALUE_GST,
  type PointOfSaleRegime,
} from "../../../rules/low-value-regimes";
import type { Rule } from "../../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= NZ_LOW_VALUE_GST.from, "cases start when all regimes applied (2020-04-01 VOEC, 2019-12-01 NZ)").refine((date) => date >= NO_VOEC.from, "VOEC starts 2020-04-01"),
  channel: z.enum(["own-webshop", "marketplace"]),
  valueAud: z.number().positive(),
  valueNzd: z.number().positive(),
  valueNok: z.number().positive(),
  valueCad: z.number().positive(),
  canadaShipsFrom: z.enum(["US", "CN"]),
});
export type LowValueCompareParams = z.infer<typeof ParamsSchema>;

function pointOfSale(regime: Rule<PointOfSaleRegime>, value: number, channel: LowValueCompareParams["channel"]): string {
  const { ceiling, ceilingInclusive } = regime.value;
  const within = ceilingInclusive ? value <= ceiling : value < ceiling;
  if (!within) return "at-border";
  return channel === "marketplace" ? "platform-at-checkout" : "seller-at-checkout";
}

function canada(p: LowValueCompareParams): string {
  const d = CA_CUSMA_COURIER_DE_MINIMIS.value;
  if (p.canadaShipsFrom === "US") return p.valueCad <= d.usMxTaxFreeCad ? "free-of-duty-and-tax" : p.valueCad <= d.usMxDutyFreeCad ? "taxes-only" : "duty-and-taxes";
  return p.valueCad <= d.otherCad ? "free-of-duty-and-tax" : "duty-and-taxes";
}

function switzerland(p: LowValueCompareParams): string {
  if (p.channel === "marketplace" && isInForce(CH_PLATFORM_DEEMED_SUPPLIER, p.asOf)) return "platform-at-checkout";
  return "seller-at-checkout";
}

export const lowValueRegimesCompare: Engine<LowValueCompareParams> = {
  id: "low-value-regimes-compare",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const answer = {
      australia: pointOfSale(AU_LOW_VALUE_GST, p.valueAud, p.channel),
      newZealand: pointOfSale(NZ_LOW_VALUE_GST, p.valueNzd, p.channel),
      norway: pointOfSale(NO_VOEC, p.valueNok, p.channel),
      switzerland: switzerland(p),
      canada: canada(p),
    };
    const chPlatform = isInForce(CH_PLATFORM_DEEMED_SUPPLIER, p.asOf);
    return {
      answer,
      explanation: {
        en: `Australia: AUD ${p.valueAud} ${answer.australia === "at-border" ? "is above AUD 1,000, so GST is collected at the border" : "is within AUD 1,000, so 10% GST is charged at checkout"}. New Zealand: NZD ${p.valueNzd} ${answer.newZealand === "at-border" ? "is above NZD 1,000: border" : "is within NZD 1,000: 15% GST at checkout"}. Norway: NOK ${p.valueNok} ${answer.norway === "at-border" ? "is not below NOK 3,000: border" : "is below NOK 3,000: 25% VAT at checkout under VOEC"}. In each, a marketplace that facilitates the sale collects instead of the seller. Switzerland: the seller is registered under the mail-order rule and charges Swiss VAT${p.channel === "marketplace" ? (chPlatform ? "; from 2025-01-01 the platform is the deemed supplier instead" : "; the platform rule only starts on 2025-01-01") : ""}. Canada (courier from ${p.canadaShipsFrom}): CAD ${p.valueCad} → ${answer.canada}.`,
        zh: `澳大利亚：${p.valueAud} 澳元${answer.australia === "at-border" ? "超过 1,000 澳元，在边境征收 GST" : "不超过 1,000 澳元，在结账时收取 10% GST"}。新西兰：${p.valueNzd} 纽元${answer.newZealand === "at-border" ? "超过 1,000 纽元：边境征收" : "不超过 1,000 纽元：结账时收取 15% GST"}。挪威：${p.valueNok} 挪威克朗${answer.norway === "at-border" ? "不低于 3,000 克朗：边境征收" : "低于 3,000 克朗：按 VOEC 在结账时收取 25% 增值税"}。上述市场中，促成销售的平台代替卖家收取。瑞士：卖家按邮购规则登记并收取瑞士增值税${p.channel === "marketplace" ? (chPlatform ? "；自 2025 年 1 月 1 日起由平台作为视同供应商收取" : "；平台规则自 2025 年 1 月 1 日起才适用") : ""}。加拿大（从 ${p.canadaShipsFrom} 快递）：${p.valueCad} 加元 → ${answer.canada}。`,
      },
      partRules: {
        australia: [citeRule(AU_LOW_VALUE_GST)],
        newZealand: [citeRule(NZ_LOW_VALUE_GST)],
        norway: [citeRule(NO_VOEC)],
        switzerland: [citeRule(CH_MAIL_ORDER_REGISTRATION), ...(p.channel === "marketplace" ? [citeRule(CH_PLATFORM_DEEMED_SUPPLIER)] : [])],
        canada: [citeRule(CA_CUSMA_COURIER_DE_MINIMIS)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const mistakes: PredictedMistake[] = [];
    for (const part of ["australia", "newZealand", "norway"] as const) {
      const key = solution.answer[part];
      if (key === "platform-at-checkout") mistakes.push({ part, code: "platform-liability-missed", value: "seller-at-checkout" });
      if (key === "seller-at-checkout" || key === "platform-at-checkout") mistakes.push({ part, code: "border-collection-assumed", value: "at-border" });
      if (key === "at-border") mistakes.push({ part, code: "ceiling-exceeded", value: p.channel === "marketplace" ? "platform-at-checkout" : "seller-at-checkout" });
    }
    if (p.channel === "marketplace") {
      mistakes.push({ part: "switzerland", code: solution.answer.switzerland === "platform-at-checkout" ? "ch-platform-rule-missed" : "ch-platform-rule-too-early", value: solution.answer.switzerland === "platform-at-checkout" ? "seller-at-checkout" : "platform-at-checkout" });
    }
    mistakes.push({ part: "switzerland", code: "ch-registered-seller-charges-vat", value: "at-border" });
    if (p.canadaShipsFrom === "CN" && p.valueCad > CA_CUSMA_COURIER_DE_MINIMIS.value.otherCad) {
      mistakes.push({ part: "canada", code: "cusma-threshold-for-non-cusma-origin", value: p.valueCad <= 40 ? "free-of-duty-and-tax" : p.valueCad <= 150 ? "taxes-only" : "duty-and-taxes" });
    }
    return mistakes;
  },
};
