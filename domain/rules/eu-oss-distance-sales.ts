/**
 * Intra-EU B2C distance sales of goods: the EUR 10,000 EU-wide threshold (Art. 59c) below which a
 * seller established in one Member State may keep charging its home VAT, and the OSS Union scheme
 * through which destination VAT is declared once the threshold is passed or the seller opts in.
 */
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

const VAT_DIRECTIVE = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006L0112-20250414";
const EC_OSS_PAGE: RuleSource = {
  title: "European Commission, One-Stop Shop (OSS), Union scheme",
  url: "https://vat-one-stop-shop.ec.europa.eu/one-stop-shop_en",
};

export type DistanceSalesThreshold = {
  /** EUR, excluding VAT: intra-EU B2C distance sales of goods plus TBE services, all Member States together. */
  amountEur: number;
  /** The threshold must not have been exceeded in the previous calendar year either. */
  alsoPreviousYear: true;
  /** Destination VAT applies from the sale that takes the running total above the threshold. */
  appliesFromExceedingSale: true;
  /** Minimum years a seller that opts into destination taxation stays opted in. */
  optInMinimumYears: number;
  /** From 2027 (ViDA) only supplies dispatched from the Member State of establishment count and qualify. */
  onlyDispatchFromEstablishment?: true;
};

const VIDA: RuleSource = {
  title: "Council Directive (EU) 2025/516 of 11 March 2025 (VAT in the Digital Age), Art. 2 (amending Art. 59c of Directive 2006/112/EC) and Art. 6(2) (application from 2027-01-01), OJ L, 2025/516, 25.3.2025",
  url: "https://eur-lex.europa.eu/eli/dir/2025/516/oj",
};

export const EU_DISTANCE_SALES_THRESHOLD: Rule<DistanceSalesThreshold> = {
  id: "eu.vat.distance-sales.threshold",
  version: 1,
  summary:
    "A seller established in only one Member State charges home VAT on intra-EU B2C distance sales of goods while its EU-wide total of such sales (plus TBE services), excluding VAT, stays at or below EUR 10,000 in both the current and the previous calendar year; the sale that takes the total above EUR 10,000 and all later ones are taxed in the customer's Member State. The seller may opt into destination taxation for at least two calendar years.",
  value: { amountEur: 10_000, alsoPreviousYear: true, appliesFromExceedingSale: true, optInMinimumYears: 2 },
  from: "2021-07-01",
  // Directive (EU) 2025/516 (ViDA) amends the calculation from 2027-01-01: EU_DISTANCE_SALES_THRESHOLD_VIDA.
  until: "2026-12-31",
  sources: [
    { title: "Council Directive 2006/112/EC, Art. 59c (as inserted by Directive (EU) 2017/2455) and Art. 33(a)", url: VAT_DIRECTIVE },
    EC_OSS_PAGE,
  ],
};

/** Art. 59c as amended by ViDA: same EUR 10,000, counted only on goods dispatched from the Member State of establishment. */
export const EU_DISTANCE_SALES_THRESHOLD_VIDA: Rule<DistanceSalesThreshold> = {
  id: "eu.vat.distance-sales.threshold.vida",
  version: 1,
  summary:
    "From 2027-01-01 (ViDA) the EUR 10,000 threshold stays: a seller established in only one Member State charges home VAT on intra-EU B2C distance sales of goods dispatched from that Member State while their EU-wide total (plus TBE services), excluding VAT, stays at or below EUR 10,000 in the current and the previous calendar year; goods dispatched from another Member State neither count towards nor benefit from it. The exceeding sale and all later ones are taxed in the customer's Member State; opting in binds for at least two calendar years.",
  value: { amountEur: 10_000, alsoPreviousYear: true, appliesFromExceedingSale: true, optInMinimumYears: 2, onlyDispatchFromEstablishment: true },
  from: "2027-01-01",
  sources: [VIDA, { title: "Council Directive 2006/112/EC, Art. 59c, as amended by Directive (EU) 2025/516", url: VAT_DIRECTIVE }],
};

/** The Art. 59c threshold rule in force on `asOf` (from 2021-07-01). */
export function euDistanceSalesThreshold(asOf: IsoDate): Rule<DistanceSalesThreshold> {
  return ruleInForce([EU_DISTANCE_SALES_THRESHOLD, EU_DISTANCE_SALES_THRESHOLD_VIDA], asOf, "the EU distance-sales threshold (Art. 59c)");
}

export const EU_DISTANCE_SALES_PLACE_OF_SUPPLY: Rule<"customer-member-state"> = {
  id: "eu.vat.distance-sales.place-of-supply",
  version: 1,
  summary: "Intra-EU distance sales of goods are supplied where the goods are when dispatch to the customer ends, i.e. the customer's Member State (unless the Art. 59c threshold keeps them at home)",
  value: "customer-member-state",
  from: "2021-07-01",
  sources: [{ title: "Council Directive 2006/112/EC, Art. 33(a)", url: VAT_DIRECTIVE }],
};

export const OSS_UNION_SCHEME: Rule<{ returnPeriod: "quarter" }> = {
  id: "eu.vat.oss.union-scheme",
  version: 1,
  summary: "Destination VAT on intra-EU B2C distance sales of goods can be declared on one quarterly OSS return in the Member State of identification instead of registering in each customer's Member State; home-VAT sales go on the domestic return",
  value: { returnPeriod: "quarter" },
  from: "2021-07-01",
  sources: [{ title: "Council Directive 2006/112/EC, Art. 369a-369k (Union scheme)", url: VAT_DIRECTIVE }, EC_OSS_PAGE],
};
