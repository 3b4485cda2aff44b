import { LOCALE_TAGS, type Locale } from "@/domain/content/locale";
import type { ParameterSpec } from "@/domain/simulations/simulation-schema";
import type { Params } from "@/domain/simulations/engine";

// Intl formatters are costly to build (tenths of a millisecond each) and immutable: one per
// locale and kind, reused by every page render.
const formatters = new Map<string, unknown>();
function formatter<T>(locale: Locale, kind: string, make: () => T): T {
  const id = `${locale}:${kind}`;
  let found = formatters.get(id) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(id, found);
  }
  return found;
}

/** A calendar date (`YYYY-MM-DD` or Date) in the reader's locale, e.g. "24 Nov 2026" / "2026年11月24日". */
export function formatDate(value: string | Date, locale: Locale): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return formatter(locale, "date", () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeZone: "UTC" })).format(date);
}

/** A moment, date and minutes, in the reader's locale (UTC), e.g. "4 Dec 2026, 14:05". */
export function formatDateTime(value: Date, locale: Locale): string {
  return formatter(locale, "date-time", () => new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })).format(value);
}

export function formatPercent(fraction: number, locale: Locale): string {
  return formatter(locale, "percent", () => new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "percent", maximumFractionDigits: 1 })).format(fraction);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return formatter(locale, `currency:${currency}`, () => new Intl.NumberFormat(LOCALE_TAGS[locale], { style: "currency", currency })).format(amount);
}

export function countryName(code: string, locale: Locale): string {
  return formatter(locale, "region", () => new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "region" })).of(code) ?? code;
}

/** A case parameter as the learner reads it in the brief and the case facts. */
export function formatParameter(spec: ParameterSpec | undefined, value: Params[string], locale: Locale): string {
  if (!spec) return String(value);
  const label = spec.valueLabels?.[String(value)];
  if (label) return label[locale];
  switch (spec.display) {
    case "money-eur":
    case "money-usd":
    case "money-gbp":
    case "money-cny":
      return formatMoney(Number(value), spec.display.slice(6).toUpperCase(), locale);
    case "country":
      return countryName(String(value), locale);
    case "date":
      return formatDate(String(value), locale);
    case "yes-no":
      return value === true || value === "true" ? (locale === "zh" ? "是" : "Yes") : locale === "zh" ? "否" : "No";
    case "percent":
      return `${formatter(locale, "number", () => new Intl.NumberFormat(LOCALE_TAGS[locale])).format(Number(value))}%`;
    case "count":
      return formatter(locale, "number", () => new Intl.NumberFormat(LOCALE_TAGS[locale])).format(Number(value));
    case "text":
      return String(value);
  }
}
