// No zod here: client components (the language switch) import this, and every page would ship it.
/** Interface and content languages. `zh` is Simplified Chinese as used in mainland China (zh-CN). */
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** BCP 47 tag for `Intl` and the `lang` attribute. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", zh: "zh-CN" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export type { LocalizedText } from "./localized-text";
