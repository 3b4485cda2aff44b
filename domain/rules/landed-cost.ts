/**
 * Landed cost of a commercial import and the price that keeps a target margin on it.
 *
 * Units: every amount is in major units of the destination currency after conversion, rounded to
 * the cent half away from zero at each step where money changes hands: each converted invoice
 * line, the customs value, the duty, the import VAT, the cost per unit and the price. Duty is ad
 * valorem on the customs value, whose basis depends on the market: CIF (goods + international
 * freight + insurance to the border) in the EU and the UK, FOB (goods only) in the US.
 */
import { IMPORT_VAT_TAXABLE_AMOUNT } from "./eu-import-low-value";
import type { EuMemberState } from "./eu-member-states";
import { euStandardVatRate } from "./eu-vat-standard-rates";
import { roundHalfUp } from "./money";
import type { IsoDate, Rule } from "./rule";
import { UK_IMPORT_VAT_VALUE, UK_VAT_STANDARD_RATE } from "./uk-low-value";

export type ValuationBasis = "cif" | "fob";

export const EU_CUSTOMS_VALUE_CIF: Rule<ValuationBasis> = {
  id: "eu.customs.value.cif",
  version: 1,
  summary: "EU customs value includes the cost of transport and insurance of the goods up to the place where they enter the customs territory of the Union (CIF basis)",
  value: "cif",
  from: "2016-05-01",
  sources: [{ title: "Regulation (EU) No 952/2013 (Union Customs Code), Art. 70-71(1)(e)", url: "https://eur-lex.europa.eu/eli/reg/2013/952/oj" }],
};

export const UK_CUSTOMS_VALUE_CIF: Rule<ValuationBasis> = {
  id: "uk.customs.value.cif",
  version: 1,
  summary: "UK customs value includes transport and insurance costs up to the place of importation into the UK (CIF basis)",
  value: "cif",
  from: "2021-01-01",
  sources: [
    { title: "Taxation (Cross-border Trade) Act 2018, Sch. 2; Customs (Import Duty) (EU Exit) Regulations 2018" },
    { title: "HMRC Notice 252: valuation of imported goods for customs purposes", url: "https://www.gov.uk/government/publications/notice-252-valuation-of-imported-goods-for-customs-purposes-vat-and-trade-statistics" },
  ],
};

export const US_CUSTOMS_VALUE_FOB: Rule<ValuationBasis> = {
  id: "us.customs.value.fob",
  version: 1,
  summary: "US transaction value excludes international freight and insurance: duty is assessed on the FOB value",
  value: "fob",
  from: "1980-07-01",
  sources: [{ title: "19 U.S.C. 1401a(b)(4)(A) (transaction value excludes international freight, insurance)", url: "https://www.law.cornell.edu/uscode/text/19/1401a" }],
};

export const US_NO_IMPORT_VAT: Rule<number> = {
  id: "us.import.no-vat",
  version: 1,
  summary: "The US levies no VAT on imports; state sales tax falls on the retail sale, not on the importer's landed cost",
  value: 0,
  from: "1980-07-01",
  sources: [{ title: "19 U.S.C. Chapter 4 (no federal value-added or import sales tax); state sales-tax laws apply at retail" }],
};

export const IMPORT_VAT_DEDUCTIBLE: Rule<"deductible-for-registered-importers"> = {
  id: "vat.import.deductible",
  version: 1,
  summary: "A VAT-registered importer deducts the import VAT it paid, so it is not part of its cost; an unregistered importer bears it",
  value: "deductible-for-registered-importers",
  from: "2007-01-01",
  sources: [
    { title: "Council Directive 2006/112/EC, Art. 168(e)", url: "https://eur-lex.europa.eu/eli/dir/2006/112/oj" },
    { title: "Value Added Tax Act 1994, s.24-26 (input tax on imports)", url: "https://www.legislation.gov.uk/ukpga/1994/23/section/24" },
  ],
};

export const CUSTOMS_EXCHANGE_RATE: Rule<"convert-each-line-then-round"> = {
  id: "borderless.landed-cost.currency-conversion",
  version: 1,
  summary: "Invoice amounts in a foreign currency are converted at the customs exchange rate given in the case (EU: published monthly), line by line, each rounded to the cent",
  value: "convert-each-line-then-round",
  from: "2016-05-01",
  sources: [
    { title: "Regulation (EU) No 952/2013, Art. 53; Implementing Regulation (EU) 2015/2447, Art. 146 (monthly customs rate)", url: "https://eur-lex.europa.eu/eli/reg_impl/2015/2447/oj" },
    { title: "Borderless grading convention for rounding each converted line" },
  ],
};

export const MARGIN_ON_PRICE: Rule<"margin-is-share-of-price"> = {
  id: "pricing.margin-on-price",
  version: 1,
  summary: "Gross margin is profit as a share of the (net) selling price: price = cost / (1 - margin). Markup is profit as a share of cost: price = cost x (1 + markup)",
  value: "margin-is-share-of-price",
  from: "2000-01-01",
  sources: [{ title: "CIMA Official Terminology (gross margin vs mark-up); Borderless pricing convention" }],
};

export const LANDED_COST_MARKETS = ["DE", "FR", "NL", "IT", "FI", "UK", "US"] as const;
export type LandedCostMarket = (typeof LANDED_COST_MARKETS)[number];

export type LandedCostInput = {
  asOf: IsoDate;
  destination: LandedCostMarket;
  goodsValueUsd: number;
  freightUsd: number;
  insuranceUsd: number;
  /** Destination currency per USD; ignored for the US. */
  fxRate: number;
  dutyRatePercent: number;
  /** Domestic fees after the goods reach the importer (destination currency, net of VAT). */
  feesLocal: number;
  units: number;
  importerVatRegistered: boolean;
};

export type LandedCost = {
  goods: number;
  freight: number;
  insurance: number;
  customsValue: number;
  duty: number;
  importVat: number;
  vatRatePercent: number;
  /** Import VAT borne as a cost (0 when the importer deducts it). */
  vatInCost: number;
  total: number;
  perUnit: number;
  rules: { basis: Rule<ValuationBasis>; vatRate: Rule<number>; vatBase: Rule<unknown> | null };
};

/** Valuation basis of the market's customs value, with its rule. */
export function valuationBasis(destination: LandedCostMarket): Rule<ValuationBasis> {
  if (destination === "US") return US_CUSTOMS_VALUE_FOB;
  return destination === "UK" ? UK_CUSTOMS_VALUE_CIF : EU_CUSTOMS_VALUE_CIF;
}

const vatRateCache = new Map<string, Rule<number>>();

/**
 * VAT rate (percent) on imports into `destination` on `asOf`: 0 for the US. Memoised because
 * grading looks the same (market, date) up on every submission; rules are immutable data.
 */
export function importVatRate(destination: LandedCostMarket, asOf: IsoDate): Rule<number> {
  if (destination === "US") return US_NO_IMPORT_VAT;
  if (destination === "UK") return UK_VAT_STANDARD_RATE;
  const key = `${destination}|${asOf}`;
  let rule = vatRateCache.get(key);
  if (!rule) {
    if (vatRateCache.size >= 10_000) vatRateCache.clear();
    rule = euStandardVatRate(destination satisfies EuMemberState, asOf);
    vatRateCache.set(key, rule);
  }
  return rule;
}

/**
 * Landed cost of a shipment, per the rounding convention in the header. Throws
 * NoRuleInForceError when no VAT rate is known for the date.
 */
export function computeLandedCost(input: LandedCostInput): LandedCost {
  const fx = input.destination === "US" ? 1 : input.fxRate;
  const goods = roundHalfUp(input.goodsValueUsd * fx);
  const freight = roundHalfUp(input.freightUsd * fx);
  const insurance = roundHalfUp(input.insuranceUsd * fx);
  const basis = valuationBasis(input.destination);
  const customsValue = roundHalfUp(basis.value === "cif" ? goods + freight + insurance : goods);
  const duty = roundHalfUp((customsValue * input.dutyRatePercent) / 100);
  const vatRate = importVatRate(input.destination, input.asOf);
  const importVat = roundHalfUp(((customsValue + duty) * vatRate.value) / 100);
  const vatInCost = input.importerVatRegistered ? 0 : importVat;
  const total = roundHalfUp(goods + freight + insurance + duty + input.feesLocal + vatInCost);
  const vatBase = input.destination === "US" ? null : input.destination === "UK" ? UK_IMPORT_VAT_VALUE : IMPORT_VAT_TAXABLE_AMOUNT;
  return { goods, freight, insurance, customsValue, duty, importVat, vatRatePercent: vatRate.value, vatInCost, total, perUnit: roundHalfUp(total / input.units), rules: { basis, vatRate, vatBase } };
}

/**
 * Net selling price that earns `marginPercent` of the price: cost / (1 - margin), to the cent.
 * Requires 0 <= margin < 100.
 */
export function priceForMargin(cost: number, marginPercent: number): number {
  if (!(marginPercent >= 0 && marginPercent < 100)) throw new RangeError(`margin must be in [0, 100), got ${marginPercent}`);
  return roundHalfUp(cost / (1 - marginPercent / 100));
}

/** Net selling price with `markupPercent` on cost: cost x (1 + markup), to the cent. */
export function priceForMarkup(cost: number, markupPercent: number): number {
  return roundHalfUp(cost * (1 + markupPercent / 100));
}

/** The markup (percent of cost) equivalent to a margin (percent of price): m / (1 - m). */
export function markupForMargin(marginPercent: number): number {
  return (marginPercent / (100 - marginPercent)) * 100;
}
