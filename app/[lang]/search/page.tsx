import Link from "next/link";
import { searchLessons } from "@/domain/content/search-lessons";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { loadCatalog } from "@/server/content/load-content";

// GET /[lang]/search?q= – search across lessons in the reader's language (public).
export default async function SearchPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const lang = await routeLocale(params);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const catalog = loadCatalog();
  const hits = searchLessons(catalog.tracks, query, lang);
  const t = translator(lang);
  return (
    <div className="narrow">
      <h1>{t("learn.searchTitle")}</h1>
      <form role="search" action={`/${lang}/search`} style={{ display: "flex", gap: 8, marginBottom: 20 }}>
        <label htmlFor="q" className="visually-hidden">
          {t("learn.searchTerms")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={t("learn.searchPlaceholder")} style={{ flex: 1, font: "inherit", padding: "10px 12px", border: "1px solid #b9b2a5", borderRadius: 8 }} />
        <button type="submit">{t("learn.navSearch")}</button>
      </form>
      {query ? (
        <p className="muted" role="status">
          {t("learn.lessonsFound", { count: hits.length })}
        </p>
      ) : null}
      <ul className="list" data-testid="search-results">
        {hits.map((hit) => (
          <li key={`${hit.trackId}/${hit.lessonId}`} style={{ display: "block" }}>
            <Link href={`/${lang}/tracks/${hit.trackId}/lessons/${hit.lessonId}`}>{hit.title}</Link>
            <p className="small muted" style={{ margin: "4px 0 0" }}>
              {catalog.track(hit.trackId)?.title[lang]} · {hit.snippet}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
