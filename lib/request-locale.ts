import { DEFAULT_LOCALE, isLocale, type Locale } from "@/domain/content/locale";

/**
 * The reader's language for a JSON response: a `lang` query parameter (the app's own pages send
 * it), else the first supported language in Accept-Language by preference, else English.
 */
export function requestLocale(request: Request): Locale {
  const query = new URL(request.url).searchParams.get("lang");
  if (query && isLocale(query)) return query;
  const preferences = (request.headers.get("accept-language") ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? "1");
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return preferences.map((p) => p.language).find(isLocale) ?? DEFAULT_LOCALE;
}
