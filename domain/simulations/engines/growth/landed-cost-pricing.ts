/**
 * Engine: landed cost of an inbound shipment from a Chinese supplier (invoiced in USD, FOB port of
 * loading) and the net selling price per unit that keeps a target gross margin. Keys the customs
 * value on the market's basis (CIF in the EU and UK, FOB in the US), the duty, the import VAT,
 * the landed cost per unit (import VAT only when the importer cannot deduct it) and the price.
 */
import { z } from "zod";
import { NoRuleInForceError, IsoDateSchema } from "../../../rules/rule";
import { ROUNDING_HALF_UP_TO_CENT, roundHalfUp } from "../../../rules/money";
import {
  CUSTOMS_EXCHANGE_RATE,
  IMPORT_VAT_DEDUCTIBLE,
  LANDED_COST_MARKETS,
  MARGIN_ON_PRICE,
  computeLandedCost,
  importVatRate,
  priceForMargin,
  priceForMarkup,
  type LandedCost,
  type LandedCostInput,
} from "../../../rules/landed-cost";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= "2021-07-01", "landed-cost cases start on 2021-07-01"),
  destination: z.enum(LANDED_COST_MARKETS),
  goodsValueUsd: z.number().positive(),
  freightUsd: z.number().min(0),
  insuranceUsd: z.number().min(0),
  fxRate: z.number().positive(),
  dutyRatePercent: z.number().min(0).max(100),
  feesLocal: z.number().min(0),
  units: z.number().int().positive(),
  importerVatRegistered: z.boolean(),
  targetMarginPercent: z.number().min(0).max(90),
});
export type LandedCostPricingParams = z.infer<typeof ParamsSchema>;

const CURRENCY: Record<LandedCostPricingParams["destination"], string> = { DE: "EUR", FR: "EUR", NL: "EUR", IT: "EUR", FI: "EUR", UK: "GBP", US: "USD" };

/** Grading solves and then predicts mistakes for the same params object: compute the cost once. */
const costCache = new WeakMap<LandedCostPricingParams, LandedCost>();
function landedCostOf(p: LandedCostPricingParams): LandedCost {
  let cost = costCache.get(p);
  if (!cost) {
    cost = computeLandedCost(p);
    costCache.set(p, cost);
  }
  return cost;
}

function oneYearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

export const landedCostPricing: Engine<LandedCostPricingParams> = {
  id: "landed-cost-pricing",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const cost = landedCostOf(p satisfies LandedCostInput);
    const price = priceForMargin(cost.perUnit, p.targetMarginPercent);
    const currency = CURRENCY[p.destination];
    const basis = cost.rules.basis.value.toUpperCase();
    const rounding = citeRule(ROUNDING_HALF_UP_TO_CENT);
    const conversion = citeRule(CUSTOMS_EXCHANGE_RATE);
    const vatRules = [citeRule(cost.rules.vatRate), ...(cost.rules.vatBase ? [citeRule(cost.rules.vatBase)] : []), rounding];
    const fx = p.destination === "US" ? "" : ` at ${p.fxRate} ${currency}/USD`;
    const f = (n: number) => n.toFixed(2);
    const vatTreatment = p.importerVatRegistered ? { en: "deducted, so not a cost", zh: "可抵扣，不计入成本" } : { en: "borne as a cost (importer not VAT-registered)", zh: "进口商未登记增值税，计入成本" };

    return {
      answer: { customsValue: cost.customsValue, dutyAmount: cost.duty, importVat: cost.importVat, landedCostPerUnit: cost.perUnit, netPricePerUnit: price },
      explanation: {
        en:
          `Converted${fx}: goods ${f(cost.goods)}, freight ${f(cost.freight)}, insurance ${f(cost.insurance)} ${currency}. ` +
          `${p.destination} values goods ${basis}: customs value ${f(cost.customsValue)}. Duty ${p.dutyRatePercent}% = ${f(cost.duty)}. ` +
          `Import VAT ${cost.vatRatePercent}% × (${f(cost.customsValue)} + ${f(cost.duty)}) = ${f(cost.importVat)}, ${vatTreatment.en}. ` +
          `Landed cost = ${f(cost.goods)} + ${f(cost.freight)} + ${f(cost.insurance)} + ${f(cost.duty)} + fees ${f(p.feesLocal)}${cost.vatInCost ? ` + VAT ${f(cost.vatInCost)}` : ""} = ${f(cost.total)}; per unit ${f(cost.total)} / ${p.units} = ${f(cost.perUnit)}. ` +
          `Price for a ${p.targetMarginPercent}% margin = ${f(cost.perUnit)} / (1 − ${p.targetMarginPercent / 100}) = ${f(price)} ${currency} net.`,
        zh:
          `换算${p.destination === "US" ? "" : `（汇率 ${p.fxRate} ${currency}/USD）`}：货值 ${f(cost.goods)}，运费 ${f(cost.freight)}，保险费 ${f(cost.insurance)} ${currency}。` +
          `${p.destination} 按 ${basis} 计算完税价格：${f(cost.customsValue)}。关税 ${p.dutyRatePercent}% = ${f(cost.duty)}。` +
          `进口增值税 ${cost.vatRatePercent}% × (${f(cost.customsValue)} + ${f(cost.duty)}) = ${f(cost.importVat)}，${vatTreatment.zh}。` +
          `到岸成本 = ${f(cost.goods)} + ${f(cost.freight)} + ${f(cost.insurance)} + ${f(cost.duty)} + 费用 ${f(p.feesLocal)}${cost.vatInCost ? ` + 增值税 ${f(cost.vatInCost)}` : ""} = ${f(cost.total)}；单件 ${f(cost.total)} / ${p.units} = ${f(cost.perUnit)}。` +
          `目标毛利率 ${p.targetMarginPercent}% 的售价 = ${f(cost.perUnit)} / (1 − ${p.targetMarginPercent / 100}) = ${f(price)} ${currency}（不含税）。`,
      },
      partRules: {
        customsValue: [citeRule(cost.rules.basis), conversion, rounding],
        dutyAmount: [citeRule(cost.rules.basis), rounding],
        importVat: vatRules,
        landedCostPerUnit: [citeRule(IMPORT_VAT_DEDUCTIBLE), conversion, rounding],
        netPricePerUnit: [citeRule(MARGIN_ON_PRICE), rounding],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const cost = landedCostOf(p);
    const perUnit = solution.answer.landedCostPerUnit as number;
    const mistakes: PredictedMistake[] = [];
    const isCif = cost.rules.basis.value === "cif";
    const otherBasisValue = roundHalfUp(isCif ? cost.goods : cost.goods + cost.freight + cost.insurance);
    const basisCode = isCif ? "fob-basis-in-cif-market" : "cif-basis-in-fob-market";
    const duty = (value: number) => roundHalfUp((value * p.dutyRatePercent) / 100);
    const vat = (base: number) => roundHalfUp((base * cost.vatRatePercent) / 100);

    mistakes.push({ part: "customsValue", code: basisCode, value: otherBasisValue });
    if (p.destination !== "US") {
      const inverted = roundHalfUp((isCif ? p.goodsValueUsd + p.freightUsd + p.insuranceUsd : p.goodsValueUsd) / p.fxRate);
      mistakes.push({ part: "customsValue", code: "fx-inverted", value: inverted });
      mistakes.push({ part: "customsValue", code: "not-converted", value: roundHalfUp(isCif ? p.goodsValueUsd + p.freightUsd + p.insuranceUsd : p.goodsValueUsd) });
    }
    if (p.dutyRatePercent > 0) mistakes.push({ part: "dutyAmount", code: basisCode, value: duty(otherBasisValue) });

    if (cost.vatRatePercent > 0) {
      if (cost.duty > 0) mistakes.push({ part: "importVat", code: "vat-base-without-duty", value: vat(cost.customsValue) });
      mistakes.push({ part: "importVat", code: "vat-on-goods-only", value: vat(cost.goods) });
      try {
        const previous = importVatRate(p.destination, oneYearBefore(p.asOf)).value;
        if (previous !== cost.vatRatePercent) mistakes.push({ part: "importVat", code: "outdated-rate", value: roundHalfUp(((cost.customsValue + cost.duty) * previous) / 100) });
      } catch (error) {
        if (!(error instanceof NoRuleInForceError)) throw error;
      }
    }

    const perUnitWith = (total: number) => roundHalfUp(total / p.units);
    if (cost.importVat > 0 && p.importerVatRegistered) mistakes.push({ part: "landedCostPerUnit", code: "import-vat-as-cost", value: perUnitWith(cost.total + cost.importVat) });
    if (cost.importVat > 0 && !p.importerVatRegistered) mistakes.push({ part: "landedCostPerUnit", code: "vat-assumed-deductible", value: perUnitWith(cost.total - cost.importVat) });
    if (!isCif) mistakes.push({ part: "landedCostPerUnit", code: "freight-left-out-of-cost", value: perUnitWith(cost.total - cost.freight - cost.insurance) });
    if (p.feesLocal > 0) mistakes.push({ part: "landedCostPerUnit", code: "fees-left-out", value: perUnitWith(cost.total - p.feesLocal) });
    mistakes.push({ part: "landedCostPerUnit", code: "goods-only-cost", value: perUnitWith(cost.goods) });

    if (p.targetMarginPercent > 0) mistakes.push({ part: "netPricePerUnit", code: "margin-as-markup", value: priceForMarkup(perUnit, p.targetMarginPercent) });
    return mistakes;
  },
};
