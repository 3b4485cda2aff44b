import { z } from "zod";

/** Interface and content languages. `zh` is Simplified Chinese as used in mainland China (zh-CN). */
export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** BCP 47 tag for `Intl` and the `lang` attribute. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", zh: "zh-CN" };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Text that exists in every locale; authors must give both. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, "English text is required"),
  zh: z.string().trim().min(1, "Chinese (zh-CN) text is required"),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
