/**
 * Point-of-sale collection regimes for low-value imports outside the EU and UK: Australia, New
 * Zealand, Norway (VOEC), Switzerland (mail-order and platform rules) and Canada's CUSMA courier
 * de minimis. Amounts in the local currency.
 */
import type { Rule } from "./rule";

export type PointOfSaleRegime = { ceiling: number; ceilingInclusive: boolean; ratePercent: number; marketplaceLiable: true };

export const AU_LOW_VALUE_GST: Rule<PointOfSaleRegime> = {
  id: "au.gst.low-value-imported-goods",
  version: 1,
  summary: "GST (10%) on goods with a customs value up to AUD 1,000 is collected at the point of sale by the merchant, electronic distribution platform or redeliverer (registration at AUD 75,000 Australian turnover); above AUD 1,000 GST and duty are collected at the border; tobacco and alcohol excluded",
  value: { ceiling: 1000, ceilingInclusive: true, ratePercent: 10, marketplaceLiable: true },
  from: "2018-07-01",
  sources: [{ title: "A New Tax System (Goods and Services Tax) Act 1999, Div 84 (Treasury Laws Amendment (GST Low Value Goods) Act 2017); ATO, GST on low value imported goods", url: "https://www.ato.gov.au/businesses-and-organisations/international-tax-for-business/gst-for-non-resident-businesses/gst-on-low-value-imported-goods" }],
};

export const NZ_LOW_VALUE_GST: Rule<PointOfSaleRegime> = {
  id: "nz.gst.low-value-imported-goods",
  version: 1,
  summary: "GST (15%) on goods valued up to NZD 1,000 (customs value, excluding GST) is collected at the point of sale by the overseas seller, marketplace or redeliverer (registration at NZD 60,000 a year); above NZD 1,000 at the border",
  value: { ceiling: 1000, ceilingInclusive: true, ratePercent: 15, marketplaceLiable: true },
  from: "2019-12-01",
  sources: [{ title: "Taxation (Annual Rates for 2019-20, GST Offshore Supplier Registration, and Remedial Matters) Act 2019; Inland Revenue, GST on low-value imported goods", url: "https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods" }],
};

export const NO_VOEC: Rule<PointOfSaleRegime> = {
  id: "no.vat.voec",
  version: 1,
  summary: "VOEC: foreign sellers and marketplaces collect Norwegian VAT (25%) on goods below NOK 3,000 (per item, excluding shipping and insurance); registration at NOK 50,000 of sales in 12 months; goods of NOK 3,000 or more are taxed at the border; food and excise goods excluded",
  value: { ceiling: 3000, ceilingInclusive: false, ratePercent: 25, marketplaceLiable: true },
  from: "2020-04-01",
  sources: [{ title: "Skatteetaten, VAT on E-Commerce (VOEC); Norwegian VAT Act ch. 14-4", url: "https://www.skatteetaten.no/en/business-and-organisation/vat-and-duties/vat/foreign/e-commerce-voec/" }],
};

export const CH_MAIL_ORDER_REGISTRATION: Rule<{ turnoverChf: number }> = {
  id: "ch.vat.mail-order-registration",
  version: 1,
  summary: "A foreign mail-order seller with at least CHF 100,000 a year from small consignments (import tax up to CHF 5) must register, charge Swiss VAT on its deliveries and act as importer (Swiss tax representative required)",
  value: { turnoverChf: 100_000 },
  from: "2019-01-01",
  sources: [{ title: "Swiss VAT Act (MWSTG), Art. 7(3)(b); ESTV, mail-order rules", url: "https://www.estv.admin.ch/" }],
};

export const CH_PLATFORM_DEEMED_SUPPLIER: Rule<"platform-deemed-supplier"> = {
  id: "ch.vat.platform-deemed-supplier",
  version: 1,
  summary: "Electronic platforms are deemed suppliers of all deliveries of goods they facilitate, low- or high-value, once the CHF 100,000 test is met, and act as importer",
  value: "platform-deemed-supplier",
  from: "2025-01-01",
  sources: [{ title: "Swiss VAT Act (MWSTG), Art. 20a (partial revision in force 2025-01-01); ESTV", url: "https://www.estv.admin.ch/" }],
};

export type CanadaDeMinimis = { usMxTaxFreeCad: number; usMxDutyFreeCad: number; otherCad: number };

export const CA_CUSMA_COURIER_DE_MINIMIS: Rule<CanadaDeMinimis> = {
  id: "ca.customs.cusma-courier-de-minimis",
  version: 1,
  summary: "Courier shipments of goods from the US or Mexico: up to CAD 40 free of duty and taxes; CAD 40.01 to 150 free of duty, GST/HST applies; above CAD 150 fully dutiable. From other countries, and all postal shipments: CAD 20",
  value: { usMxTaxFreeCad: 40, usMxDutyFreeCad: 150, otherCad: 20 },
  from: "2020-07-01",
  sources: [{ title: "CBSA Customs Notice CN 20-18 (CUSMA low-value shipments), 2020-07-01", url: "https://www.cbsa-asfc.gc.ca/publications/cn-ad/cn20-18-eng.html" }],
};
