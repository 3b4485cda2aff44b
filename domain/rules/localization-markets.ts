/**
 * Localization facts per market, as rules with provenance: the CLDR locale a storefront formats
 * with, the currency and its ISO 4217 minor unit, the language product labels must use, and the
 * local payment methods shoppers expect. Formatting itself is never tabulated here: it comes from
 * `Intl` (ICU/CLDR) in localization-format.ts.
 *
 * `from` is the first day this session's sources vouch for, not the day a law was enacted; the
 * one dated change is giropay's shutdown on 2024-12-31.
 */
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

export const MARKETS = ["DE", "FR", "JP", "BR", "SA", "AE", "US", "UK", "ID", "MX", "PL"] as const;
export type Market = (typeof MARKETS)[number];

export const CURRENCIES = ["EUR", "JPY", "BRL", "SAR", "AED", "USD", "GBP", "IDR", "MXN", "PLN"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Start of the period the sources below were checked for (Borderless dossier, 2026-11-24). */
const CHECKED_FROM: IsoDate = "2024-01-01";

const DOSSIER: RuleSource = { title: "Borderless cross-border e-commerce dossier, §7 Localization facts (2026-11-24)" };
const CLDR: RuleSource = { title: "Unicode CLDR 48 (as shipped in ICU 78.2, Node 20 Intl)", url: "https://cldr.unicode.org/" };
const ISO_4217: RuleSource = { title: "ISO 4217 currency codes and minor units (SIX list one)", url: "https://www.six-group.com/en/products-services/financial-information/data-standards.html" };

export type MarketProfile = {
  /** BCP 47 tag handed to `Intl`. UK uses the ISO 3166 code GB in its locale. */
  locale: string;
  currency: Currency;
  /** ISO 4217 minor unit: the decimals of the currency in accounting (may differ from display). */
  isoMinorUnit: number;
};

const PROFILE_VALUES: Record<Market, MarketProfile> = {
  DE: { locale: "de-DE", currency: "EUR", isoMinorUnit: 2 },
  FR: { locale: "fr-FR", currency: "EUR", isoMinorUnit: 2 },
  JP: { locale: "ja-JP", currency: "JPY", isoMinorUnit: 0 },
  BR: { locale: "pt-BR", currency: "BRL", isoMinorUnit: 2 },
  SA: { locale: "ar-SA", currency: "SAR", isoMinorUnit: 2 },
  AE: { locale: "ar-AE", currency: "AED", isoMinorUnit: 2 },
  US: { locale: "en-US", currency: "USD", isoMinorUnit: 2 },
  UK: { locale: "en-GB", currency: "GBP", isoMinorUnit: 2 },
  // ISO 4217 keeps 2 decimals for the rupiah; CLDR/ICU display it with 0 (dossier §7; ISO figure (K)).
  ID: { locale: "id-ID", currency: "IDR", isoMinorUnit: 2 },
  MX: { locale: "es-MX", currency: "MXN", isoMinorUnit: 2 },
  PL: { locale: "pl-PL", currency: "PLN", isoMinorUnit: 2 },
};

function byMarket<T>(make: (market: Market) => T): Record<Market, T> {
  const result = {} as Record<Market, T>;
  for (const market of MARKETS) result[market] = make(market);
  return result;
}

export const MARKET_PROFILES: Record<Market, Rule<MarketProfile>> = byMarket((market) => ({
  id: `localization.market.${market}`,
  version: 1,
  summary: `${market}: storefront locale ${PROFILE_VALUES[market].locale}, prices in ${PROFILE_VALUES[market].currency} (ISO 4217 minor unit ${PROFILE_VALUES[market].isoMinorUnit})`,
  value: PROFILE_VALUES[market],
  from: CHECKED_FROM,
  sources: [CLDR, ISO_4217, DOSSIER],
}));

/** Languages a product label may be required in; `ar-en` is Arabic plus English (UAE). */
export const LABEL_LANGUAGES = ["de", "fr", "ja", "pt", "ar", "ar-en", "en", "id", "es", "pl"] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

const LABEL_LANGUAGE_VALUES: Record<Market, { value: LabelLanguage; summary: string; sources: RuleSource[] }> = {
  DE: {
    value: "de",
    summary: "Germany: consumer product warnings and safety information in German, the language Germany sets under the GPSR (Art. 19)",
    sources: [{ title: "Regulation (EU) 2023/988 (GPSR), Art. 19", url: "https://eur-lex.europa.eu/eli/reg/2023/988/oj" }, { title: "bnt.eu on GPSR labelling" }],
  },
  FR: { value: "fr", summary: "France: product information and labels in French (Loi Toubon) (K)", sources: [{ title: "Loi n° 94-665 du 4 août 1994 (Loi Toubon), art. 2", url: "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000349929" }] },
  JP: { value: "ja", summary: "Japan: quality labels in Japanese (Household Goods Quality Labeling Act) (K)", sources: [{ title: "Household Goods Quality Labeling Act (家庭用品品質表示法)" }] },
  BR: { value: "pt", summary: "Brazil: product information in Portuguese (Consumer Defence Code Art. 31) (K)", sources: [{ title: "Lei nº 8.078/1990 (Código de Defesa do Consumidor), Art. 31", url: "https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm" }] },
  SA: { value: "ar", summary: "Saudi Arabia: labels in Arabic (K)", sources: [DOSSIER] },
  AE: { value: "ar-en", summary: "United Arab Emirates: labels in Arabic, with English (K)", sources: [DOSSIER] },
  US: { value: "en", summary: "United States: labels in English (K)", sources: [DOSSIER] },
  UK: { value: "en", summary: "United Kingdom: labels in English (K)", sources: [DOSSIER] },
  ID: {
    value: "id",
    summary: "Indonesia: Indonesian-language labels on listed non-food goods, on the goods when they enter the customs area (current instrument unconfirmed)",
    sources: [{ title: "Permendag 67/2013 as amended by 10/2014 (label in Indonesian); succession 62/2009 → 22/2010 → 67/2013" }, DOSSIER],
  },
  MX: { value: "es", summary: "Mexico: commercial information in Spanish unless a product-specific NOM applies", sources: [{ title: "NOM-050-SCFI-2004, Información comercial", url: "https://www.nexreg.com/" }] },
  PL: { value: "pl", summary: "Poland: consumer information in Polish (Polish Language Act 1999) (K)", sources: [{ title: "Ustawa z dnia 7 października 1999 r. o języku polskim" }] },
};

export const LABEL_LANGUAGE_RULES: Record<Market, Rule<LabelLanguage>> = byMarket((market) => {
  const { value, summary, sources } = LABEL_LANGUAGE_VALUES[market];
  return { id: `localization.label-language.${market}`, version: 1, summary, value, from: CHECKED_FROM, sources };
});

/** Local payment methods a checkout offers beyond international cards (indicative vendor guides). */
export const PAYMENT_METHODS = [
  "paypal", "sepa-direct-debit", "invoice", "klarna", "giropay", "carte-bancaire", "konbini", "paypay", "pix", "boleto", "card-instalments",
  "mada", "apple-pay", "bnpl-tabby-tamara", "cash-on-delivery", "open-banking", "e-wallets", "qris", "virtual-account", "oxxo", "spei", "blik",
  "przelewy24-payu", "alipay", "wechat-pay",
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const PAYMENT_GUIDES: RuleSource[] = [{ title: "paymentgateways.org; breldigital.com; paymid.com (vendor payment-method guides)" }, DOSSIER];
const GIROPAY_SHUTDOWN: RuleSource[] = [{ title: "goldberg.de; gls.de: giropay discontinued on 31 December 2024 (Wero the intended successor)" }, DOSSIER];

function paymentRule(market: Market, value: PaymentMethod[], summary: string, options: { from?: IsoDate; until?: IsoDate; suffix?: string; sources?: RuleSource[] } = {}): Rule<readonly PaymentMethod[]> {
  return {
    id: `localization.payment-methods.${market}${options.suffix ?? ""}`,
    version: 1,
    summary,
    value,
    from: options.from ?? CHECKED_FROM,
    ...(options.until ? { until: options.until } : {}),
    sources: options.sources ?? PAYMENT_GUIDES,
  };
}

export const PAYMENT_METHOD_RULES: Record<Market, readonly Rule<readonly PaymentMethod[]>[]> = {
  DE: [
    paymentRule("DE", ["paypal", "sepa-direct-debit", "invoice", "klarna", "giropay"], "Germany: PayPal, SEPA direct debit, invoice, Klarna and giropay", { until: "2024-12-31", suffix: ".until-2024-12-31", sources: [...PAYMENT_GUIDES, ...GIROPAY_SHUTDOWN] }),
    paymentRule("DE", ["paypal", "sepa-direct-debit", "invoice", "klarna"], "Germany: PayPal, SEPA direct debit, invoice, Klarna; giropay was shut down on 31 December 2024", { from: "2025-01-01", suffix: ".from-2025-01-01", sources: [...PAYMENT_GUIDES, ...GIROPAY_SHUTDOWN] }),
  ],
  FR: [paymentRule("FR", ["carte-bancaire"], "France: Carte Bancaire cards (K)")],
  JP: [paymentRule("JP", ["konbini", "paypay"], "Japan: konbini (convenience-store) payment and PayPay, besides cards (K)")],
  BR: [paymentRule("BR", ["pix", "boleto", "card-instalments"], "Brazil: Pix, boleto and cards in instalments (parcelado)")],
  SA: [paymentRule("SA", ["mada", "apple-pay", "bnpl-tabby-tamara", "cash-on-delivery"], "Saudi Arabia: mada cards, Apple Pay, BNPL (Tabby/Tamara), cash on delivery (K)")],
  AE: [paymentRule("AE", ["apple-pay", "bnpl-tabby-tamara", "cash-on-delivery"], "UAE: Apple Pay, BNPL (Tabby/Tamara), cash on delivery (K)")],
  US: [paymentRule("US", ["paypal", "apple-pay"], "United States: PayPal and Apple Pay besides cards")],
  UK: [paymentRule("UK", ["paypal", "apple-pay", "open-banking"], "United Kingdom: PayPal, Apple Pay and Open Banking besides cards")],
  ID: [paymentRule("ID", ["e-wallets", "qris", "virtual-account"], "Indonesia: e-wallets (GoPay, OVO, DANA), QRIS and bank virtual accounts (K)")],
  MX: [paymentRule("MX", ["oxxo", "spei"], "Mexico: OXXO cash vouchers and SPEI transfers besides cards (K)")],
  PL: [paymentRule("PL", ["blik", "przelewy24-payu"], "Poland: BLIK and pay-by-link (Przelewy24/PayU)")],
};

export function marketProfile(market: Market): Rule<MarketProfile> {
  return MARKET_PROFILES[market];
}

export function labelLanguage(market: Market): Rule<LabelLanguage> {
  return LABEL_LANGUAGE_RULES[market];
}

/** The local payment methods expected in `market` on `asOf`; throws NoRuleInForceError before 2024. */
export function expectedPaymentMethods(market: Market, asOf: IsoDate): Rule<readonly PaymentMethod[]> {
  return ruleInForce(PAYMENT_METHOD_RULES[market], asOf, `payment methods in ${market}`);
}
