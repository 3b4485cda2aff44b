/**
 * Engine: an overseas seller's consignment to a buyer in Great Britain. Decides who accounts for
 * the VAT (seller or marketplace at the point of sale, the business buyer by reverse charge, or
 * import VAT at the border), the VAT amount, and the customs duty under the GBP 135 relief.
 */
import { z } from "zod";
import { ROUNDING_HALF_UP_TO_CENT, roundHalfUp } from "../../../rules/money";
import { IsoDateSchema } from "../../../rules/rule";
import {
  UK_B2B_REVERSE_CHARGE,
  UK_CUSTOMS_DUTY_RELIEF,
  UK_IMPORT_VAT_VALUE,
  UK_LOW_VALUE_EXCLUSIONS,
  UK_LOW_VALUE_SUPPLY_VAT,
  UK_OMP_LIABILITY,
  UK_VAT_STANDARD_RATE,
} from "../../../rules/uk-low-value";
import { citeRule, type Engine, type PredictedMistake, type RuleCitation, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= UK_LOW_VALUE_SUPPLY_VAT.from, "the GBP 135 model starts on 2021-01-01"),
  channel: z.enum(["own-webshop", "marketplace"]),
  buyer: z.enum(["consumer", "vat-registered-business"]),
  goodsType: z.enum(["general", "excise"]),
  /** Intrinsic value of the whole consignment (price of the goods), GBP excl. VAT. */
  goodsValueGbp: z.number().positive(),
  /** Delivery charged to the buyer, equal to the transport cost to the UK, GBP. */
  shippingGbp: z.number().min(0),
  /** Customs duty rate of the goods' commodity code, percent of the customs value. */
  dutyRatePercent: z.number().min(0).max(100),
  /** Excise duty HMRC assesses if the goods are excise goods, GBP (ignored otherwise). */
  exciseDutyGbp: z.number().min(0),
});
export type UkLowValueParams = z.infer<typeof ParamsSchema>;

type Route = "seller-at-point-of-sale" | "omp-at-point-of-sale" | "business-reverse-charge" | "importer-at-border";

function routeOf(p: UkLowValueParams): Route {
  if (p.goodsType === "excise" || p.goodsValueGbp > UK_LOW_VALUE_SUPPLY_VAT.value.thresholdGbp) return "importer-at-border";
  if (p.buyer === "vat-registered-business") return "business-reverse-charge";
  return p.channel === "marketplace" ? "omp-at-point-of-sale" : "seller-at-point-of-sale";
}

function dutyOf(p: UkLowValueParams, route: Route): number {
  return route === "importer-at-border" ? roundHalfUp(((p.goodsValueGbp + p.shippingGbp) * p.dutyRatePercent) / 100) : 0;
}

function vatOf(p: UkLowValueParams, route: Route, duty: number, rate: number): number {
  if (route !== "importer-at-border") return roundHalfUp(((p.goodsValueGbp + p.shippingGbp) * rate) / 100);
  const excise = p.goodsType === "excise" ? p.exciseDutyGbp : 0;
  return roundHalfUp(((p.goodsValueGbp + p.shippingGbp + duty + excise) * rate) / 100);
}

const ROUTE_TEXT: Record<Route, { en: string; zh: string }> = {
  "seller-at-point-of-sale": { en: "the overseas seller charges UK supply VAT at the point of sale and no import VAT is due", zh: "海外卖家在销售时收取英国销售增值税，进口环节不征增值税" },
  "omp-at-point-of-sale": { en: "the online marketplace is liable and charges the VAT at the point of sale; no import VAT is due", zh: "由电商平台承担责任并在销售时收取增值税；进口环节不征增值税" },
  "business-reverse-charge": { en: "the business buyer gave its VAT number, so no VAT is charged on the sale and the buyer accounts for it by reverse charge", zh: "企业买家提供了增值税号，销售时不收增值税，由买家以反向征收方式申报" },
  "importer-at-border": { en: "the consignment is outside the GBP 135 model (over GBP 135 or excise goods), so import VAT and duty are due at the border", zh: "该货件不适用 135 英镑模式（超过 135 英镑或属于消费税商品），因此在边境缴纳进口增值税和关税" },
};

export const ukLowValueConsignment: Engine<UkLowValueParams> = {
  id: "uk-low-value-consignment",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const route = routeOf(p);
    const rate = UK_VAT_STANDARD_RATE.value;
    const duty = dutyOf(p, route);
    const vat = vatOf(p, route, duty, rate);
    const collectorRules: RuleCitation[] = [citeRule(UK_LOW_VALUE_SUPPLY_VAT)];
    if (route === "omp-at-point-of-sale") collectorRules.push(citeRule(UK_OMP_LIABILITY));
    if (route === "business-reverse-charge") collectorRules.push(citeRule(UK_B2B_REVERSE_CHARGE));
    if (p.goodsType === "excise") collectorRules.push(citeRule(UK_LOW_VALUE_EXCLUSIONS));
    const atBorder = route === "importer-at-border";
    const excise = p.goodsType === "excise" ? p.exciseDutyGbp : 0;
    const baseEn = atBorder
      ? `${p.goodsValueGbp.toFixed(2)} + ${p.shippingGbp.toFixed(2)} transport + ${duty.toFixed(2)} duty${excise ? ` + ${excise.toFixed(2)} excise` : ""}`
      : `${p.goodsValueGbp.toFixed(2)} + ${p.shippingGbp.toFixed(2)} delivery`;
    const baseZh = atBorder
      ? `${p.goodsValueGbp.toFixed(2)} + 运费 ${p.shippingGbp.toFixed(2)} + 关税 ${duty.toFixed(2)}${excise ? ` + 消费税 ${excise.toFixed(2)}` : ""}`
      : `${p.goodsValueGbp.toFixed(2)} + 运费 ${p.shippingGbp.toFixed(2)}`;
    return {
      answer: { collector: route, vatAmountGbp: vat, customsDutyGbp: duty },
      explanation: {
        en: `Intrinsic value GBP ${p.goodsValueGbp.toFixed(2)}: ${ROUTE_TEXT[route].en}. VAT = ${rate}% × (${baseEn}) = GBP ${vat.toFixed(2)}. Customs duty: ${atBorder ? `${p.dutyRatePercent}% × customs value ${(p.goodsValueGbp + p.shippingGbp).toFixed(2)}` : "relieved (consignment up to GBP 135, not excise goods)"} = GBP ${duty.toFixed(2)}.`,
        zh: `内在价值 ${p.goodsValueGbp.toFixed(2)} 英镑：${ROUTE_TEXT[route].zh}。增值税 = ${rate}% × (${baseZh}) = ${vat.toFixed(2)} 英镑。关税：${atBorder ? `${p.dutyRatePercent}% × 完税价格 ${(p.goodsValueGbp + p.shippingGbp).toFixed(2)}` : "免征（货件不超过 135 英镑且非消费税商品）"} = ${duty.toFixed(2)} 英镑。`,
      },
      partRules: {
        collector: collectorRules,
        vatAmountGbp: [citeRule(UK_VAT_STANDARD_RATE), ...(atBorder ? [citeRule(UK_IMPORT_VAT_VALUE)] : [citeRule(UK_LOW_VALUE_SUPPLY_VAT)]), citeRule(ROUNDING_HALF_UP_TO_CENT)],
        customsDutyGbp: [citeRule(UK_CUSTOMS_DUTY_RELIEF), ...(p.goodsType === "excise" ? [citeRule(UK_LOW_VALUE_EXCLUSIONS)] : [])],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const route = solution.answer.collector as Route;
    const rate = UK_VAT_STANDARD_RATE.value;
    const threshold = UK_LOW_VALUE_SUPPLY_VAT.value.thresholdGbp;
    const mistakes: PredictedMistake[] = [];
    const pointOfSale: Route = p.channel === "marketplace" ? "omp-at-point-of-sale" : "seller-at-point-of-sale";
    if (route === "omp-at-point-of-sale") mistakes.push({ part: "collector", code: "omp-liability-missed", value: "seller-at-point-of-sale" });
    if (route === "seller-at-point-of-sale" || route === "omp-at-point-of-sale") {
      mistakes.push({ part: "collector", code: p.goodsValueGbp + p.shippingGbp > threshold ? "shipping-in-threshold" : "import-vat-assumed", value: "importer-at-border" });
    }
    if (route === "business-reverse-charge") mistakes.push({ part: "collector", code: "b2b-charged-at-sale", value: pointOfSale });
    if (route === "importer-at-border") {
      mistakes.push({ part: "collector", code: p.goodsType === "excise" ? "excise-in-model" : "model-above-135", value: pointOfSale });
      const excise = p.goodsType === "excise" ? p.exciseDutyGbp : 0;
      const duty = solution.answer.customsDutyGbp as number;
      mistakes.push({ part: "vatAmountGbp", code: "base-without-duty", value: roundHalfUp(((p.goodsValueGbp + p.shippingGbp + excise) * rate) / 100) });
      if (excise > 0) mistakes.push({ part: "vatAmountGbp", code: "base-without-excise", value: roundHalfUp(((p.goodsValueGbp + p.shippingGbp + duty) * rate) / 100) });
      if (p.dutyRatePercent > 0) {
        mistakes.push({ part: "customsDutyGbp", code: p.goodsType === "excise" ? "excise-duty-relief-assumed" : "duty-relief-above-135", value: 0 });
        mistakes.push({ part: "customsDutyGbp", code: "duty-without-transport", value: roundHalfUp((p.goodsValueGbp * p.dutyRatePercent) / 100) });
      }
    } else if (p.dutyRatePercent > 0) {
      mistakes.push({ part: "customsDutyGbp", code: "duty-relief-missed", value: roundHalfUp(((p.goodsValueGbp + p.shippingGbp) * p.dutyRatePercent) / 100) });
    }
    if (p.shippingGbp > 0) {
      const withoutShipping = route === "importer-at-border" ? null : roundHalfUp((p.goodsValueGbp * rate) / 100);
      if (withoutShipping !== null) mistakes.push({ part: "vatAmountGbp", code: "base-without-shipping", value: withoutShipping });
    }
    if (route === "business-reverse-charge") mistakes.push({ part: "vatAmountGbp", code: "reverse-charge-means-no-vat", value: 0 });
    return mistakes;
  },
};
