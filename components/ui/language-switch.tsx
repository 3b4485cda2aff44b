"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, LOCALE_TAGS, type Locale } from "@/domain/content/locale";

// Each language is named in itself (an endonym), whatever the page's language: not a translation.
const NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

/** Links to the same page in each language; the language is the first path segment. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const search = useSearchParams()?.toString();
  return (
    <nav className="lang-switch" aria-label={label}>
      {LOCALES.map((locale) => {
        const path = pathname.replace(/^\/(en|zh)(?=\/|$)/, `/${locale}`);
        return (
          <Link key={locale} href={search ? `${path}?${search}` : path} lang={LOCALE_TAGS[locale]} aria-current={locale === current ? "true" : undefined} hrefLang={locale}>
            {NAMES[locale]}
          </Link>
        );
      })}
    </nav>
  );
}
