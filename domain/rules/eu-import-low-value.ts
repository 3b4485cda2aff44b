/**
 * EU rules for B2C distance sales of goods imported in low-value consignments (intrinsic value
 * up to EUR 150): the import one-stop shop (IOSS), the deemed supplier, collection without IOSS,
 * the taxable amount on import, and the customs duty that replaced the EUR 150 duty relief.
 */
import type { Rule, RuleSource } from "./rule";

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
      { title: "Council Regulation (EU) 2026/382 (flat duty on low-value consignments)" },
      { title: "Baker McKenzie, EU: EUR 3 customs duty on low-value e-commerce consignments applies (2026-07-02)" },
    ],
  },
];
