/**
 * EU rules for B2C distance sales of goods imported in low-value consignments (intrinsic value
 * up to EUR 150): the import one-stop shop (IOSS), the deemed supplier, collection without IOSS,
 * the taxable amount on import, and the customs duty that replaced the EUR 150 duty relief.
 */
import { roundHalfUp } from "./money";
import { isInForce, NoRuleInForceError, ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

const VAT_DIRECTIVE = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006L0112-20250414";

const EC_IOSS_PAGE: RuleSource = {
  title: "European Commission, Import One-Stop Shop (IOSS)",
  url: "https://vat-one-stop-shop.ec.europa.eu/one-stop-shop/import-one-stop-shop-ioss_en",
};

export const IOSS_CONSIGNMENT_CEILING: Rule<number> = {
  id: "eu.vat.ioss.consignment-ceiling",
  version: 1,
  summary: "IOSS covers B2C distance sales of imported goods in consignments of intrinsic value up to EUR 150 (excise goods excluded); the destination Member State's VAT is charged at checkout and the import is VAT-exempt",
  value: 150,
  from: "2021-07-01",
  sources: [
    { title: "Council Directive 2006/112/EC, Art. 369l-369x and Art. 143(1)(ca)", url: VAT_DIRECTIVE },
    EC_IOSS_PAGE,
  ],
};

export const DEEMED_SUPPLIER_IMPORTS: Rule<number> = {
  id: "eu.vat.deemed-supplier.imports",
  version: 1,
  summary: "An electronic interface that facilitates distance sales of goods imported in consignments up to EUR 150 is deemed to have bought and supplied the goods itself, and charges the VAT",
  value: 150,
  from: "2021-07-01",
  sources: [{ title: "Council Directive 2006/112/EC, Art. 14a(1)", url: VAT_DIRECTIVE }],
};

export const COLLECTION_WITHOUT_IOSS: Rule<"consumer-pays-carrier"> = {
  id: "eu.vat.import.collection-without-ioss",
  version: 1,
  summary: "Without IOSS, import VAT is due at import: the postal operator or courier presenting the goods collects it from the consumer (special arrangements) or the consumer pays it under the standard import procedure",
  value: "consumer-pays-carrier",
  from: "2021-07-01",
  sources: [
    { title: "Council Directive 2006/112/EC, Art. 369y-369zb (special arrangements)", url: VAT_DIRECTIVE },
    EC_IOSS_PAGE,
  ],
};

export const IMPORT_VAT_TAXABLE_AMOUNT: Rule<"customs-value-plus-duties-and-transport"> = {
  id: "eu.vat.import.taxable-amount",
  version: 1,
  summary: "The taxable amount on import is the customs value plus duties, taxes and levies due by reason of importation, plus transport and insurance costs to the first place of destination",
  value: "customs-value-plus-duties-and-transport",
  from: "2021-07-01",
  sources: [{ title: "Council Directive 2006/112/EC, Art. 85-86", url: VAT_DIRECTIVE }],
};

export const DISTANCE_SALE_TAXABLE_AMOUNT: Rule<"consideration-including-delivery"> = {
  id: "eu.vat.distance-sale.taxable-amount",
  version: 1,
  summary: "Under IOSS the VAT is charged on the sale: everything the customer pays the supplier, delivery charges included",
  value: "consideration-including-delivery",
  from: "2021-07-01",
  sources: [{ title: "Council Directive 2006/112/EC, Art. 73 and Art. 78(b)", url: VAT_DIRECTIVE }],
};

const REG_2026_382: RuleSource = {
  title: "Council Regulation (EU) 2026/382 of 11 February 2026 amending Regulation (EC) No 1186/2009 as regards the elimination of the threshold-based customs duty relief (OJ L, 2026/382, 18.2.2026)",
  url: "https://eur-lex.europa.eu/eli/reg/2026/382/oj/eng",
};

/** Customs duty per distinct tariff subheading in a consignment of intrinsic value up to EUR 150. */
export const LOW_VALUE_CUSTOMS_DUTY: readonly Rule<number>[] = [
  {
    id: "eu.customs.low-value-relief",
    version: 1,
    summary: "Goods in consignments of negligible value (intrinsic value up to EUR 150) are relieved of customs duty",
    value: 0,
    from: "2021-07-01",
    until: "2026-06-30",
    sources: [
      { title: "Council Regulation (EC) No 1186/2009, Art. 23", url: "https://eur-lex.europa.eu/eli/reg/2009/1186/oj" },
      REG_2026_382,
    ],
  },
  {
    id: "eu.customs.interim-flat-duty",
    version: 1,
    summary: "Interim flat customs duty of EUR 3 per item (each distinct tariff subheading, not each unit) in B2C consignments up to EUR 150, replacing the duty relief until the EU Customs Data Hub applies normal tariffs",
    value: 3,
    from: "2026-07-01",
    until: "2028-06-30",
    sources: [
      REG_2026_382,
      {
        title: "Commission Delegated Regulation (EU) 2026/1022 of 30 June 2026 amending Delegated Regulation (EU) 2015/2446 (declaration data for the temporary EUR 3 duty per item on distance sales up to EUR 150), applicable from 2026-07-01",
      },
      { title: "Baker McKenzie, EU: EUR 3 customs duty on low-value e-commerce consignments applies (2026-07-02): flat duty until 1 July 2028, then normal duties", url: "https://globalimportblog.bakermckenzie.com/2026/07/02/eu-low-value-consignment-relief-abolished-and-eur-3-customs-duty-introduced-from-1-july-2026/" },
    ],
    pending: "The flat duty may be extended beyond 2028-06-30; no extension act had been adopted when the rules were checked",
  },
];

/**
 * After the interim flat duty: the €150 relief is gone (Reg. (EU) 2026/382), so each item pays the
 * Common Customs Tariff rate of its CN code (or a preferential rate with proof of origin) on the
 * customs value, like any other import.
 */
export const LOW_VALUE_NORMAL_TARIFF: Rule<"cct-rate-on-customs-value"> = {
  id: "eu.customs.low-value.normal-tariff",
  version: 1,
  summary: "From 2028-07-01 goods in consignments up to EUR 150 pay the normal Common Customs Tariff duty of their CN code on the customs value (here the goods' price plus transport to the EU), with no EUR 150 relief and no flat duty",
  value: "cct-rate-on-customs-value",
  from: "2028-07-01",
  sources: [
    REG_2026_382,
    { title: "Council Regulation (EEC) No 2658/87 on the tariff and statistical nomenclature and on the Common Customs Tariff, Annex I", url: "https://eur-lex.europa.eu/eli/reg/1987/2658/oj" },
    { title: "Regulation (EU) No 952/2013 (Union Customs Code), Art. 70-71 (customs value, incl. transport to the place of entry into the Union)", url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj" },
  ],
  pending: "The customs reform (Union Customs Code recast, EU Customs Data Hub, handling fee) was politically agreed on 2026-03-26 but not yet published in the Official Journal; an extension of the flat duty would also change this period",
};

/** The duty due and the rule it follows on the date (cite it). */
export type LowValueDuty =
  | { basis: "relief" | "flat-per-tariff-line"; rule: Rule<number>; amountEur: number }
  | { basis: "tariff-rate"; rule: typeof LOW_VALUE_NORMAL_TARIFF; amountEur: number };

/**
 * Customs duty on a consignment of intrinsic value up to EUR 150, as of `asOf`: none under the
 * relief, EUR 3 per distinct tariff subheading under the interim duty, then the consignment's
 * tariff rate (percent) on its customs value. Rounded half up to the cent.
 * Throws `NoRuleInForceError` before 2021-07-01, and when a tariff rate is needed but not given.
 */
export function lowValueCustomsDuty(asOf: IsoDate, consignment: { tariffLines: number; customsValueEur: number; tariffRatePercent?: number | undefined }): LowValueDuty {
  if (isInForce(LOW_VALUE_NORMAL_TARIFF, asOf)) {
    if (consignment.tariffRatePercent === undefined) throw new NoRuleInForceError("customs duty without the goods' tariff rate", asOf);
    return { rule: LOW_VALUE_NORMAL_TARIFF, amountEur: roundHalfUp((consignment.customsValueEur * consignment.tariffRatePercent) / 100), basis: "tariff-rate" };
  }
  const rule = ruleInForce(LOW_VALUE_CUSTOMS_DUTY, asOf, "customs duty on low-value consignments");
  return { rule, amountEur: roundHalfUp(rule.value * consignment.tariffLines), basis: rule.value === 0 ? "relief" : "flat-per-tariff-line" };
}
