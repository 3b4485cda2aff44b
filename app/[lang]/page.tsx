import Link from "next/link";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { loadCatalog } from "@/server/content/load-content";

// GET /[lang] – landing page and track catalog (public).
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = messages(lang);
  const { tracks } = loadCatalog();
  return (
    <>
      <section className="hero">
        <h1>{t.heroTitle}</h1>
        <p className="lead">{t.heroBody}</p>
      </section>
      <h2 id="tracks">{t.tracks}</h2>
      <div className="cards">
        {tracks.map((track) => {
          const lessons = track.moduleList.reduce((n, m) => n + m.lessonList.length, 0);
          const minutes = track.moduleList.reduce((n, m) => n + m.lessonList.reduce((s, l) => s + l.minutes, 0), 0);
          const cases = track.moduleList.reduce((n, m) => n + m.simulations.length, 0);
          return (
            <article className="card" key={track.id}>
              <p className="pill">{track.role[lang]}</p>
              <h3>
                <Link href={`/${lang}/tracks/${track.id}`}>{track.title[lang]}</Link>
              </h3>
              <p className="muted">{track.summary[lang]}</p>
              <p className="small muted">
                {track.moduleList.length} {t.modules} · {lessons} {t.lessons} · {cases} {t.cases} · ~{minutes} {t.minutes}
              </p>
            </article>
          );
        })}
      </div>
    </>
  );
}
