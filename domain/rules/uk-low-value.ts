/**
 * UK (Great Britain) rules for imported low-value consignments since 2021-01-01: supply VAT at the
 * point of sale for consignments up to GBP 135, online-marketplace liability, B2B reverse charge,
 * the excise and gift exclusions, and the GBP 135 customs-duty relief (to be abolished by 2029).
 */
import type { Rule, RuleSource } from "./rule";

const POLICY_PAPER: RuleSource = {
  title: "HM Treasury / HMRC policy paper, Changes to VAT treatment of overseas goods sold to customers from 1 January 2021 (updated 2020-12-03); VATA 1994 s.7(5B), s.5A (Finance Act 2020, Sch. 2 to the Taxation (Post-transition Period) Act 2020)",
  url: "https://www.gov.uk/government/publications/changes-to-vat-treatment-of-overseas-goods-sold-to-customers-from-1-january-2021",
};

export const UK_VAT_STANDARD_RATE: Rule<number> = {
  id: "uk.vat.standard-rate",
  version: 1,
  summary: "UK standard VAT rate 20% (reduced 5%, zero 0%)",
  value: 20,
  from: "2011-01-04",
  sources: [{ title: "Value Added Tax Act 1994, s.2(1) (as amended by Finance (No. 2) Act 2010)", url: "https://www.legislation.gov.uk/ukpga/1994/23/section/2" }],
};

export const UK_LOW_VALUE_SUPPLY_VAT: Rule<{ thresholdGbp: number }> = {
  id: "uk.vat.low-value-consignment.point-of-sale",
  version: 1,
  summary: "For goods imported into Great Britain in consignments of intrinsic value up to GBP 135 (the whole consignment, excluding transport), UK supply VAT is charged at the point of sale by the seller, who must register; no import VAT is charged. The GBP 15 low-value consignment relief is abolished.",
  value: { thresholdGbp: 135 },
  from: "2021-01-01",
  sources: [POLICY_PAPER],
};

export const UK_OMP_LIABILITY: Rule<"omp-liable"> = {
  id: "uk.vat.online-marketplace-liability",
  version: 1,
  summary: "When an online marketplace facilitates the sale of a consignment up to GBP 135 (or of goods already in the UK sold by an overseas seller, at any value), the marketplace is the deemed supplier and accounts for the VAT",
  value: "omp-liable",
  from: "2021-01-01",
  sources: [POLICY_PAPER],
};

export const UK_B2B_REVERSE_CHARGE: Rule<"reverse-charge"> = {
  id: "uk.vat.low-value-consignment.b2b-reverse-charge",
  version: 1,
  summary: "If a VAT-registered UK business buyer gives its VAT number, the seller (or marketplace) does not charge VAT on a consignment up to GBP 135; the buyer accounts for it under the reverse charge",
  value: "reverse-charge",
  from: "2021-01-01",
  sources: [POLICY_PAPER],
};

export const UK_LOW_VALUE_EXCLUSIONS: Rule<readonly ("excise-goods" | "non-commercial-gifts")[]> = {
  id: "uk.vat.low-value-consignment.exclusions",
  version: 1,
  summary: "Excise goods and consignments of non-commercial gifts are outside the GBP 135 point-of-sale model: they are taxed at import (VAT, duty and excise)",
  value: ["excise-goods", "non-commercial-gifts"],
  from: "2021-01-01",
  sources: [POLICY_PAPER],
};

export const UK_IMPORT_VAT_VALUE: Rule<"customs-value-plus-duties"> = {
  id: "uk.vat.import.value",
  version: 1,
  summary: "Import VAT is charged on the customs value (including transport and insurance to the UK) plus customs duty, excise duty and other charges due on importation",
  value: "customs-value-plus-duties",
  from: "2021-01-01",
  sources: [{ title: "Value Added Tax Act 1994, s.21(2)", url: "https://www.legislation.gov.uk/ukpga/1994/23/section/21" }],
};

export const UK_CUSTOMS_DUTY_RELIEF: Rule<{ thresholdGbp: number; giftThresholdGbp: number }> = {
  id: "uk.customs.low-value-duty-relief",
  version: 1,
  summary: "No customs duty is charged on consignments of intrinsic value up to GBP 135, except excise goods and gifts over GBP 39. Abolition announced in the Autumn Budget of 2025-11-26, to take effect by March 2029 at the latest (design pending, so no end date yet).",
  value: { thresholdGbp: 135, giftThresholdGbp: 39 },
  from: "2021-01-01",
  sources: [
    { title: "HMRC, Tax and customs for goods sent from abroad (customs duty on goods up to GBP 135)", url: "https://www.gov.uk/goods-sent-from-abroad/tax-and-duty" },
    { title: "HM Treasury, Autumn Budget 2025 (2025-11-26): removal of the low-value imports customs-duty relief by March 2029" },
  ],
};
