/**
 * Storefront formatting for a market through `Intl` (ICU with CLDR data), never hand-written
 * patterns: prices, numbers, dates, times, weights, writing direction. The helpers also describe a
 * formatted price (separators, symbol position, digits) so that graders can ask about its parts.
 *
 * Output depends on the ICU/CLDR version of the runtime; answer keys were checked against
 * Node 20.20.2 (ICU 78.2, CLDR 48.0), the figures in the dossier's §7.
 */
import type { IsoDate, Rule } from "./rule";
import { MARKET_PROFILES, type Market } from "./localization-markets";

const CLDR_SOURCE = { title: "Unicode CLDR 48 via ECMA-402 Intl (ICU 78.2)", url: "https://cldr.unicode.org/" };

export const CLDR_FORMATTING: Rule<"intl-cldr"> = {
  id: "localization.cldr-formatting",
  version: 1,
  summary: "Numbers, prices and dates are shown in the market locale's CLDR conventions (separators, symbol position, digits, date order), as produced by Intl",
  value: "intl-cldr",
  from: "2024-01-01",
  sources: [CLDR_SOURCE, { title: "ECMA-402 Internationalization API", url: "https://tc39.es/ecma402/" }],
};

export const PRICE_DISPLAY_ROUNDING: Rule<"half-expand-to-display-decimals"> = {
  id: "localization.price-display-rounding",
  version: 1,
  summary: "A price is shown with the currency's CLDR display decimals (JPY and IDR: none), rounded half away from zero (Intl roundingMode halfExpand)",
  value: "half-expand-to-display-decimals",
  from: "2024-01-01",
  sources: [CLDR_SOURCE, { title: "ECMA-402 NumberFormat, roundingMode default halfExpand", url: "https://tc39.es/ecma402/#sec-intl.numberformat" }],
};

export const US_CUSTOMARY_WEIGHTS: Rule<{ poundKg: number }> = {
  id: "localization.us-customary-weights",
  version: 1,
  summary: "US shoppers read weights in pounds (CLDR measurement system \"US\"); 1 lb = 0.45359237 kg exactly",
  value: { poundKg: 0.45359237 },
  from: "2024-01-01",
  sources: [{ title: "CLDR supplemental measurementData (US)", url: "https://cldr.unicode.org/" }, { title: "NIST Handbook 44, Appendix C (international pound, 1959)" }],
};

export type SeparatorKind = "comma" | "dot" | "nbsp" | "narrow-nbsp" | "arabic" | "apostrophe" | "none";
export type PriceDescription = {
  text: string;
  /** The amount a shopper reads, as a number (Arabic-Indic digits converted). */
  amount: number;
  decimals: number;
  groupSeparator: SeparatorKind;
  decimalSeparator: SeparatorKind;
  symbolPosition: "before" | "after";
  digits: "latin" | "arabic-indic";
};

/**
 * Intl formatters are costly to build and results for a (date, market) pair never change, so both
 * are memoised: grading calls these on every submission. Caches are bounded by clearing when full.
 */
const MAX_CACHED = 10_000;
function memo<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return memo(numberFormats, `${key}|${locale}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(dateFormats, `${key}|${locale}`, () => new Intl.DateTimeFormat(locale, options));
}

const SEPARATORS: Record<string, SeparatorKind> = { ",": "comma", ".": "dot", "\u00a0": "nbsp", "\u202f": "narrow-nbsp", "\u066c": "arabic", "\u066b": "arabic", "'": "apostrophe", "’": "apostrophe" };
/** Bidi marks CLDR puts around RTL numbers and dates: RLM, LRM, ALM. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

function currencyFormat(market: Market): Intl.NumberFormat {
  const { locale, currency } = MARKET_PROFILES[market].value;
  return numberFormat(`currency:${currency}`, locale, { style: "currency", currency });
}

/** Decimals a market's currency is displayed with (CLDR): 0 for JPY and IDR, else 2. */
const decimalsByMarket = new Map<Market, number>();
export function displayDecimals(market: Market): number {
  return memo(decimalsByMarket, market, () => currencyFormat(market).resolvedOptions().maximumFractionDigits ?? 2);
}

/** `amount` (major units of the market currency) as a shopper in `market` sees it, e.g. "1.234,57 €". */
export function formatPrice(amount: number, market: Market): string {
  return currencyFormat(market).format(amount);
}

/**
 * Describes the displayed price: the rounded amount and how it is written. Separator kinds are
 * "none" when the formatted amount has no such separator (e.g. Polish prices below 10 000 are not
 * grouped; yen prices have no decimals).
 */
export function describePrice(amount: number, market: Market): PriceDescription {
  return describeFormattedPrice(currencyFormat(market).formatToParts(amount));
}

/** As `describePrice`, for any locale and currency (e.g. the seller's own zh-CN and CNY habits). */
export function describePriceIn(amount: number, locale: string, currency: string): PriceDescription {
  return describeFormattedPrice(numberFormat(`currency:${currency}`, locale, { style: "currency", currency }).formatToParts(amount));
}

function describeFormattedPrice(parts: Intl.NumberFormatPart[]): PriceDescription {
  let integer = "";
  let fraction = "";
  let group: SeparatorKind = "none";
  let decimal: SeparatorKind = "none";
  let currencyIndex = -1;
  let firstDigitIndex = -1;
  parts.forEach((part, index) => {
    if (part.type === "integer") {
      integer += part.value;
      if (firstDigitIndex < 0) firstDigitIndex = index;
    } else if (part.type === "fraction") fraction += part.value;
    else if (part.type === "group") group = SEPARATORS[part.value] ?? "none";
    else if (part.type === "decimal") decimal = SEPARATORS[part.value] ?? "none";
    else if (part.type === "currency") currencyIndex = index;
  });
  const latin = toLatinDigits(`${integer}${fraction ? `.${fraction}` : ""}`);
  return {
    text: parts.map((part) => part.value).join(""),
    amount: Number(latin),
    decimals: fraction.length,
    groupSeparator: group,
    decimalSeparator: decimal,
    symbolPosition: currencyIndex < firstDigitIndex ? "before" : "after",
    digits: /[\u0660-\u0669]/.test(integer) ? "arabic-indic" : "latin",
  };
}

/** The decimal separator the locale writes in plain numbers (e.g. 1,5 in Germany). */
const decimalSeparators = new Map<Market, SeparatorKind>();
export function decimalSeparator(market: Market): SeparatorKind {
  return memo(decimalSeparators, market, () => {
    const part = numberFormat("plain", MARKET_PROFILES[market].value.locale, {}).formatToParts(1.5).find((p) => p.type === "decimal");
    return part ? (SEPARATORS[part.value] ?? "none") : "none";
  });
}

/** A plain number in the market's conventions (up to 3 decimals, as Intl's default). */
export function formatNumber(value: number, market: Market): string {
  return numberFormat("plain", MARKET_PROFILES[market].value.locale, {}).format(value);
}

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The short date a shopper in `market` reads, e.g. "24.11.26" (DE) or "11/24/26" (US). */
const shortDates = new Map<string, string>();
export function formatShortDate(date: IsoDate, market: Market): string {
  return memo(shortDates, `${date}|${market}`, () => dateFormat("short-date", MARKET_PROFILES[market].value.locale, { dateStyle: "short", timeZone: "UTC" }).format(utcDate(date)));
}

/** A wall-clock time `HH:MM` in the market's short time style, e.g. "3:30 PM" (US). */
export function formatShortTime(time: string, market: Market): string {
  return dateFormat("short-time", MARKET_PROFILES[market].value.locale, { timeStyle: "short", timeZone: "UTC" }).format(new Date(`2000-01-01T${time}:00Z`));
}

export const DATE_PATTERNS = ["dmy-dot-2", "dmy-dot-4", "dmy-slash-2", "dmy-slash-4", "mdy-slash-2", "mdy-slash-4", "ymd-slash-4", "ymd-dash-4"] as const;
export type DatePattern = string;

/**
 * The market's short-date pattern as a code `<order>-<separator>-<year digits>`, e.g. `dmy-dot-2`
 * for "24.11.26"; bidi marks around Arabic dates are ignored.
 */
export function shortDatePattern(date: IsoDate, market: Market): DatePattern {
  return shortDatePatternIn(date, MARKET_PROFILES[market].value.locale);
}

/** As `shortDatePattern`, for any locale. */
const datePatterns = new Map<string, DatePattern>();
export function shortDatePatternIn(date: IsoDate, locale: string): DatePattern {
  return memo(datePatterns, `${date}|${locale}`, () => computeShortDatePattern(date, locale));
}

function computeShortDatePattern(date: IsoDate, locale: string): DatePattern {
  const parts = dateFormat("short-date", locale, { dateStyle: "short", timeZone: "UTC" }).formatToParts(utcDate(date));
  const order = parts.filter((p) => p.type === "day" || p.type === "month" || p.type === "year").map((p) => p.type[0]).join("");
  const literal = parts.find((p) => p.type === "literal")?.value.replace(BIDI_MARKS, "").trim() ?? "";
  const separator = literal === "." ? "dot" : literal === "/" ? "slash" : literal === "-" ? "dash" : `"${literal}"`;
  const year = parts.find((p) => p.type === "year")?.value ?? "";
  return `${order}-${separator}-${toLatinDigits(year).length}`;
}

/** Writing direction of the market's language, from CLDR via Intl.Locale text info. */
const directions = new Map<Market, "ltr" | "rtl">();
export function textDirection(market: Market): "ltr" | "rtl" {
  return memo(directions, market, () => {
    const locale = new Intl.Locale(MARKET_PROFILES[market].value.locale) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === "rtl" ? "rtl" : "ltr";
  });
}

/**
 * A parcel weight as shoppers in `market` expect it: pounds in the US, kilograms elsewhere, with
 * at most one decimal, formatted by Intl's unit style (e.g. "2,5 kg", "5.5 lb").
 */
export function formatWeight(kilograms: number, market: Market): string {
  const { locale } = MARKET_PROFILES[market].value;
  const isUs = market === "US";
  const value = isUs ? kilograms / US_CUSTOMARY_WEIGHTS.value.poundKg : kilograms;
  const unit = isUs ? "pound" : "kilogram";
  return numberFormat(`unit:${unit}`, locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}
