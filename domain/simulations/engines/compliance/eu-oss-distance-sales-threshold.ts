/**
 * Engine: one intra-EU B2C distance sale of standard-rated goods by a seller established in a
 * single Member State. Applies the EUR 10,000 EU-wide threshold of Art. 59c (current AND previous
 * calendar year; destination VAT from the sale that exceeds it; opt-in), then the rate of the
 * country whose VAT applies on the date of sale, the VAT on the net price, and the return it goes on.
 */
import { z } from "zod";
import { EU_MEMBER_STATES } from "../../../rules/eu-member-states";
import { euStandardVatRate } from "../../../rules/eu-vat-standard-rates";
import { EU_DISTANCE_SALES_PLACE_OF_SUPPLY, EU_DISTANCE_SALES_THRESHOLD, OSS_UNION_SCHEME, euDistanceSalesThreshold } from "../../../rules/eu-oss-distance-sales";
import { ROUNDING_HALF_UP_TO_CENT, roundHalfUp } from "../../../rules/money";
import { IsoDateSchema, NoRuleInForceError, type IsoDate } from "../../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z
  .strictObject({
    asOf: IsoDateSchema.refine((date) => date >= EU_DISTANCE_SALES_THRESHOLD.from, "the Art. 59c threshold applies from 2021-07-01"),
    sellerCountry: z.enum(EU_MEMBER_STATES),
    customerCountry: z.enum(EU_MEMBER_STATES),
    /** EU-wide intra-EU B2C distance sales (goods + TBE services), EUR excl. VAT, previous calendar year. */
    previousYearEur: z.number().min(0),
    /** Same total for the current calendar year, before this sale. */
    currentYearBeforeSaleEur: z.number().min(0),
    /** Net price of this sale, delivery included, EUR excl. VAT. */
    saleEur: z.number().positive(),
    /** The seller has opted into destination taxation (binding for two years). */
    optedIn: z.boolean(),
  })
  .refine((p) => p.sellerCountry !== p.customerCountry, "a distance sale goes to another Member State");

export type OssThresholdParams = z.infer<typeof ParamsSchema>;

type Reason = "previous-year" | "already-exceeded" | "this-sale-exceeds" | "opted-in" | "below-threshold";

function reasonFor(p: OssThresholdParams): Reason {
  const limit = euDistanceSalesThreshold(p.asOf).value.amountEur;
  if (p.previousYearEur > limit) return "previous-year";
  if (p.currentYearBeforeSaleEur > limit) return "already-exceeded";
  if (p.currentYearBeforeSaleEur + p.saleEur > limit) return "this-sale-exceeds";
  if (p.optedIn) return "opted-in";
  return "below-threshold";
}

const REASON_TEXT: Record<Reason, { en: string; zh: string }> = {
  "previous-year": { en: "last year's EU-wide total exceeded EUR 10,000, so the threshold is not available this year", zh: "上一年度欧盟范围内合计超过 10,000 欧元，因此本年度不能适用该门槛" },
  "already-exceeded": { en: "this year's EU-wide total had already passed EUR 10,000 before this sale", zh: "本年度欧盟范围内合计在本笔销售前已超过 10,000 欧元" },
  "this-sale-exceeds": { en: "this sale takes this year's EU-wide total above EUR 10,000, and destination VAT applies from the exceeding sale itself", zh: "本笔销售使本年度欧盟范围内合计超过 10,000 欧元，目的国增值税自超过门槛的这笔销售起适用" },
  "opted-in": { en: "the seller is below the threshold but has opted into destination taxation", zh: "卖家虽低于门槛，但已选择适用目的国征税" },
  "below-threshold": { en: "EU-wide totals are at or below EUR 10,000 in both years and the seller has not opted in", zh: "两个年度的欧盟范围内合计均不超过 10,000 欧元，且卖家未选择目的国征税" },
};

function yearBefore(date: IsoDate): IsoDate {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

export const euOssDistanceSalesThreshold: Engine<OssThresholdParams> = {
  id: "eu-oss-distance-sales-threshold",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const reason = reasonFor(p);
    const atDestination = reason !== "below-threshold";
    const taxingCountry = atDestination ? p.customerCountry : p.sellerCountry;
    const rateRule = euStandardVatRate(taxingCountry, p.asOf);
    const vat = roundHalfUp((p.saleEur * rateRule.value) / 100);
    const yearTotal = roundHalfUp(p.currentYearBeforeSaleEur + p.saleEur);
    const declaredOn = atDestination ? "oss-return" : "domestic-return";
    const where = atDestination ? { en: `the customer's country (${p.customerCountry})`, zh: `客户所在国（${p.customerCountry}）` } : { en: `the seller's country (${p.sellerCountry})`, zh: `卖家所在国（${p.sellerCountry}）` };
    const thresholdCite = citeRule(euDistanceSalesThreshold(p.asOf));
    return {
      answer: { placeOfSupply: atDestination ? "customer-country" : "seller-country", yearTotalEur: yearTotal, vatRate: rateRule.value, vatAmountEur: vat, declaredOn },
      explanation: {
        en:
          `EU-wide distance sales this year including this sale: ${p.currentYearBeforeSaleEur.toFixed(2)} + ${p.saleEur.toFixed(2)} = EUR ${yearTotal.toFixed(2)}; previous year EUR ${p.previousYearEur.toFixed(2)}. ` +
          `VAT is due in ${where.en} because ${REASON_TEXT[reason].en}. Rate: ${taxingCountry} standard rate on ${p.asOf} = ${rateRule.value}%; VAT = ${rateRule.value}% × ${p.saleEur.toFixed(2)} = EUR ${vat.toFixed(2)}. ` +
          (atDestination ? "It is declared on the quarterly OSS Union-scheme return (or by registering in the customer's country)." : "It is declared on the seller's domestic VAT return."),
        zh:
          `本年度含本笔在内的欧盟范围远程销售额：${p.currentYearBeforeSaleEur.toFixed(2)} + ${p.saleEur.toFixed(2)} = ${yearTotal.toFixed(2)} 欧元；上一年度 ${p.previousYearEur.toFixed(2)} 欧元。` +
          `增值税应在${where.zh}缴纳，因为${REASON_TEXT[reason].zh}。税率：${p.asOf} 时 ${taxingCountry} 的标准税率为 ${rateRule.value}%；增值税 = ${rateRule.value}% × ${p.saleEur.toFixed(2)} = ${vat.toFixed(2)} 欧元。` +
          (atDestination ? "通过按季度申报的 OSS 欧盟内计划申报（或在客户所在国注册申报）。" : "在卖家本国的增值税申报表中申报。"),
      },
      partRules: {
        placeOfSupply: [thresholdCite, citeRule(EU_DISTANCE_SALES_PLACE_OF_SUPPLY)],
        yearTotalEur: [thresholdCite],
        vatRate: [citeRule(rateRule), thresholdCite],
        vatAmountEur: [citeRule(rateRule), citeRule(ROUNDING_HALF_UP_TO_CENT)],
        declaredOn: [citeRule(OSS_UNION_SCHEME), thresholdCite],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const reason = reasonFor(p);
    const atDestination = reason !== "below-threshold";
    const mistakes: PredictedMistake[] = [];
    const wrongPlace = atDestination ? "seller-country" : "customer-country";
    const placeCode: Record<Reason, string> = {
      "previous-year": "previous-year-ignored",
      "already-exceeded": "threshold-already-exceeded",
      "this-sale-exceeds": "threshold-from-next-sale",
      "opted-in": "opt-in-ignored",
      "below-threshold": "destination-always",
    };
    mistakes.push({ part: "placeOfSupply", code: placeCode[reason], value: wrongPlace });

    const wrongCountry = atDestination ? p.sellerCountry : p.customerCountry;
    const wrongRate = euStandardVatRate(wrongCountry, p.asOf).value;
    const rate = solution.answer.vatRate as number;
    const code = atDestination ? "home-rate-used" : "destination-rate-used";
    if (wrongRate !== rate) {
      mistakes.push({ part: "vatRate", code, value: wrongRate });
      mistakes.push({ part: "vatAmountEur", code, value: roundHalfUp((p.saleEur * wrongRate) / 100) });
    }
    try {
      const previous = euStandardVatRate(atDestination ? p.customerCountry : p.sellerCountry, yearBefore(p.asOf)).value;
      if (previous !== rate) {
        mistakes.push({ part: "vatRate", code: "outdated-rate", value: previous });
        mistakes.push({ part: "vatAmountEur", code: "outdated-rate", value: roundHalfUp((p.saleEur * previous) / 100) });
      }
    } catch (error) {
      if (!(error instanceof NoRuleInForceError)) throw error;
    }
    mistakes.push({ part: "vatAmountEur", code: "price-treated-as-vat-inclusive", value: roundHalfUp((p.saleEur * rate) / (100 + rate)) });
    mistakes.push({ part: "yearTotalEur", code: "sale-left-out-of-total", value: roundHalfUp(p.currentYearBeforeSaleEur) });
    mistakes.push({ part: "declaredOn", code: atDestination ? "oss-missed" : "oss-for-home-vat", value: atDestination ? "domestic-return" : "oss-return" });
    return mistakes;
  },
};
