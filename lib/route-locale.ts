import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/domain/content/locale";

/** The locale of a `/[lang]/…` route; any other first segment is a 404. */
export async function routeLocale(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}
