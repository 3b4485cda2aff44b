/**
 * Engine: import VAT and customs duty on a low-value B2C consignment shipped from outside the EU
 * to a consumer in a Member State. Decides who collects the VAT (seller or marketplace at
 * checkout under IOSS, or the carrier from the consumer without it), the destination rate as of
 * the case date, the VAT amount and the customs duty.
 */
import { z } from "zod";
import { EU_MEMBER_STATES } from "../../rules/eu-member-states";
import { euStandardVatRate } from "../../rules/eu-vat-standard-rates";
import {
  COLLECTION_WITHOUT_IOSS,
  DEEMED_SUPPLIER_IMPORTS,
  DISTANCE_SALE_TAXABLE_AMOUNT,
  IMPORT_VAT_TAXABLE_AMOUNT,
  IOSS_CONSIGNMENT_CEILING,
  LOW_VALUE_CUSTOMS_DUTY,
  LOW_VALUE_NORMAL_TARIFF,
  lowValueCustomsDuty,
  type LowValueDuty,
} from "../../rules/eu-import-low-value";
import { ROUNDING_HALF_UP_TO_CENT, roundHalfUp } from "../../rules/money";
import { IsoDateSchema, NoRuleInForceError, type IsoDate } from "../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../engine";

const ParamsSchema = z
  .strictObject({
    asOf: IsoDateSchema.refine((date) => date >= "2021-07-01", "IOSS cases start on 2021-07-01"),
    destination: z.enum(EU_MEMBER_STATES),
    channel: z.enum(["own-webshop", "marketplace"]),
    /** IOSS registration of the seller; marketplaces in these cases always use IOSS. */
    sellerIossRegistered: z.boolean(),
    goodsValueEur: z.number().positive(),
    shippingEur: z.number().min(0),
    units: z.number().int().positive(),
    tariffLines: z.number().int().positive(),
    /** Common Customs Tariff rate of the goods, percent; needed from 2028-07-01 (normal duties), optional before. */
    tariffRatePercent: z.number().min(0).max(100).optional(),
  })
  .refine((p) => p.tariffLines <= p.units, "a consignment cannot have more tariff lines than units")
  .refine((p) => p.asOf < LOW_VALUE_NORMAL_TARIFF.from || p.tariffRatePercent !== undefined, "from 2028-07-01 the goods' tariff rate (tariffRatePercent) is needed")
  .refine((p) => p.goodsValueEur <= IOSS_CONSIGNMENT_CEILING.value, "intrinsic value must not exceed EUR 150 in this case");

export type EuImportVatParams = z.infer<typeof ParamsSchema>;

function oneYearBefore(date: IsoDate): IsoDate {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

function collectorOf(p: EuImportVatParams): string {
  if (p.channel === "marketplace") return "marketplace-at-checkout";
  return p.sellerIossRegistered ? "seller-at-checkout" : "carrier-from-consumer";
}

function dutyOf(p: EuImportVatParams) {
  return lowValueCustomsDuty(p.asOf, { tariffLines: p.tariffLines, customsValueEur: p.goodsValueEur + p.shippingEur, tariffRatePercent: p.tariffRatePercent });
}

const DUTY_TEXT: Record<LowValueDuty["basis"], (p: EuImportVatParams, due: LowValueDuty) => { en: string; zh: string }> = {
  relief: () => ({ en: "relieved (consignment up to EUR 150)", zh: "免征（货件不超过 150 欧元）" }),
  "flat-per-tariff-line": (p, due) => ({ en: `EUR ${due.rule.value} × ${p.tariffLines} tariff line(s)`, zh: `${due.rule.value} 欧元 × ${p.tariffLines} 个税则子目` }),
  "tariff-rate": (p) => ({
    en: `normal tariff ${p.tariffRatePercent}% × customs value (${p.goodsValueEur.toFixed(2)} + ${p.shippingEur.toFixed(2)} transport)`,
    zh: `正常关税税率 ${p.tariffRatePercent}% × 完税价格（${p.goodsValueEur.toFixed(2)} + 运费 ${p.shippingEur.toFixed(2)}）`,
  }),
};

export const euImportVatLowValue: Engine<EuImportVatParams> = {
  id: "eu-import-vat-low-value",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const rateRule = euStandardVatRate(p.destination, p.asOf);
    const dutyDue = dutyOf(p);
    const dutyRule = dutyDue.rule;
    const collector = collectorOf(p);
    const viaIoss = collector !== "carrier-from-consumer";
    const duty = dutyDue.amountEur;
    // Under IOSS the sale is taxed (price + delivery); without it the import is (value + transport + duty).
    const base = viaIoss ? p.goodsValueEur + p.shippingEur : p.goodsValueEur + p.shippingEur + duty;
    const vat = roundHalfUp((base * rateRule.value) / 100);

    const collectorRules = [citeRule(IOSS_CONSIGNMENT_CEILING)];
    if (p.channel === "marketplace") collectorRules.push(citeRule(DEEMED_SUPPLIER_IMPORTS));
    if (!viaIoss) collectorRules.push(citeRule(COLLECTION_WITHOUT_IOSS));
    const baseRule = viaIoss ? DISTANCE_SALE_TAXABLE_AMOUNT : IMPORT_VAT_TAXABLE_AMOUNT;

    const baseText = viaIoss
      ? { en: `${p.goodsValueEur.toFixed(2)} + ${p.shippingEur.toFixed(2)} delivery`, zh: `${p.goodsValueEur.toFixed(2)} + 运费 ${p.shippingEur.toFixed(2)}` }
      : {
          en: `${p.goodsValueEur.toFixed(2)} + ${p.shippingEur.toFixed(2)} transport + ${duty.toFixed(2)} duty`,
          zh: `${p.goodsValueEur.toFixed(2)} + 运费 ${p.shippingEur.toFixed(2)} + 关税 ${duty.toFixed(2)}`,
        };
    return {
      answer: { collector, vatRate: rateRule.value, vatAmountEur: vat, customsDutyEur: duty },
      explanation: {
        en:
          `${viaIoss ? `The consignment is within the EUR 150 IOSS ceiling and the ${p.channel === "marketplace" ? "marketplace (deemed supplier)" : "seller"} uses IOSS, so VAT is charged at checkout and the import is exempt.` : "The seller has no IOSS number, so VAT is collected at import from the consumer by the carrier."}` +
          ` Rate: ${p.destination} standard rate on ${p.asOf} = ${rateRule.value}%. VAT = ${rateRule.value}% × (${baseText.en}) = EUR ${vat.toFixed(2)}.` +
          ` Customs duty: ${DUTY_TEXT[dutyDue.basis](p, dutyDue).en} = EUR ${duty.toFixed(2)}.`,
        zh:
          `${viaIoss ? `货件价值不超过 150 欧元的 IOSS 上限，且${p.channel === "marketplace" ? "平台（视同供应商）" : "卖家"}使用 IOSS，因此在结账时收取增值税，进口环节免税。` : "卖家没有 IOSS 编号，因此由承运人在进口时向消费者收取增值税。"}` +
          ` 税率：${p.asOf} 时 ${p.destination} 的标准税率为 ${rateRule.value}%。增值税 = ${rateRule.value}% × (${baseText.zh}) = ${vat.toFixed(2)} 欧元。` +
          ` 关税：${DUTY_TEXT[dutyDue.basis](p, dutyDue).zh} = ${duty.toFixed(2)} 欧元。`,
      },
      partRules: {
        collector: collectorRules,
        vatRate: [citeRule(rateRule)],
        vatAmountEur: [citeRule(rateRule), citeRule(baseRule), citeRule(ROUNDING_HALF_UP_TO_CENT)],
        customsDutyEur: [citeRule(dutyRule)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const rate = solution.answer.vatRate as number;
    const duty = solution.answer.customsDutyEur as number;
    const collector = solution.answer.collector as string;
    const viaIoss = collector !== "carrier-from-consumer";
    const mistakes: PredictedMistake[] = [];
    const vatAt = (base: number, percent: number) => roundHalfUp((base * percent) / 100);

    if (p.channel === "marketplace") mistakes.push({ part: "collector", code: "missed-deemed-supplier", value: "seller-at-checkout" });
    if (viaIoss) mistakes.push({ part: "collector", code: "ioss-ignored", value: "carrier-from-consumer" });
    else mistakes.push({ part: "collector", code: "ioss-assumed", value: "seller-at-checkout" });

    try {
      const previous = euStandardVatRate(p.destination, oneYearBefore(p.asOf)).value;
      if (previous !== rate) {
        mistakes.push({ part: "vatRate", code: "outdated-rate", value: previous });
        mistakes.push({ part: "vatAmountEur", code: "outdated-rate", value: vatAt(p.goodsValueEur + p.shippingEur + (viaIoss ? 0 : duty), previous) });
      }
    } catch (error) {
      if (!(error instanceof NoRuleInForceError)) throw error;
    }
    mistakes.push({ part: "vatAmountEur", code: "base-without-shipping", value: vatAt(p.goodsValueEur + (viaIoss ? 0 : duty), rate) });
    if (duty > 0 && !viaIoss) mistakes.push({ part: "vatAmountEur", code: "base-without-duty", value: vatAt(p.goodsValueEur + p.shippingEur, rate) });
    if (duty > 0 && viaIoss) mistakes.push({ part: "vatAmountEur", code: "duty-in-ioss-base", value: vatAt(p.goodsValueEur + p.shippingEur + duty, rate) });
    const base = p.goodsValueEur + p.shippingEur + (viaIoss ? 0 : duty);
    mistakes.push({ part: "vatAmountEur", code: "price-treated-as-vat-inclusive", value: roundHalfUp((base * rate) / (100 + rate)) });

    const dutyDue = dutyOf(p);
    // The interim flat duty's amount per tariff line, for the mistakes of applying it outside its period.
    const flatPerLine = LOW_VALUE_CUSTOMS_DUTY.find((rule) => rule.value > 0)?.value;
    if (dutyDue.basis === "flat-per-tariff-line") {
      const perLine = dutyDue.rule.value;
      mistakes.push({ part: "customsDutyEur", code: "duty-relief-assumed", value: 0 });
      if (p.units !== p.tariffLines) mistakes.push({ part: "customsDutyEur", code: "duty-per-unit", value: roundHalfUp(perLine * p.units) });
      if (p.tariffRatePercent !== undefined) mistakes.push({ part: "customsDutyEur", code: "tariff-rate-during-flat-duty", value: roundHalfUp(((p.goodsValueEur + p.shippingEur) * p.tariffRatePercent) / 100) });
    } else if (dutyDue.basis === "tariff-rate") {
      if (duty > 0) mistakes.push({ part: "customsDutyEur", code: "normal-duty-ignored", value: 0 });
      if (flatPerLine) mistakes.push({ part: "customsDutyEur", code: "flat-duty-after-end", value: flatPerLine * p.tariffLines });
    } else {
      if (flatPerLine) mistakes.push({ part: "customsDutyEur", code: "flat-duty-before-start", value: flatPerLine * p.tariffLines });
    }
    return mistakes;
  },
};
