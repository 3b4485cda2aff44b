import Link from "next/link";
import { searchLessons } from "@/domain/content/search-lessons";
import { routeLocale } from "@/lib/route-locale";
import { loadCatalog } from "@/server/content/load-content";

// GET /[lang]/search?q= – search across lessons in the reader's language (public).
export default async function SearchPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const lang = await routeLocale(params);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const catalog = loadCatalog();
  const hits = searchLessons(catalog.tracks, query, lang);
  const zh = lang === "zh";
  return (
    <div className="narrow">
      <h1>{zh ? "搜索课程" : "Search lessons"}</h1>
      <form role="search" action={`/${lang}/search`} style={{ display: "flex", gap: 8, marginBottom: 20 }}>
        <label htmlFor="q" className="visually-hidden">
          {zh ? "搜索词" : "Search terms"}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={zh ? "例如：IOSS、增值税" : "e.g. IOSS, nexus"} style={{ flex: 1, font: "inherit", padding: "10px 12px", border: "1px solid #b9b2a5", borderRadius: 8 }} />
        <button type="submit">{zh ? "搜索" : "Search"}</button>
      </form>
      {query ? (
        <p className="muted" role="status">
          {zh ? `找到 ${hits.length} 篇课程` : `${hits.length} lesson${hits.length === 1 ? "" : "s"} found`}
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
