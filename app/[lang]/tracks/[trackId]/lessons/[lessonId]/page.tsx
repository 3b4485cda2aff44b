import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { isPreviewLesson } from "@/domain/content/lesson-preview";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage, currentActor } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { getTrackProgress } from "@/server/services/get-track-progress";
import { completeLessonAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";

// GET /[lang]/tracks/[trackId]/lessons/[lessonId] – lesson reader (signed-in learners; the first lesson of each module is public).
export default async function LessonPage({ params }: { params: Promise<{ lang: string; trackId: string; lessonId: string }> }) {
  const lang = await routeLocale(params);
  const { trackId, lessonId } = await routeParams(params, { trackId: SlugSchema, lessonId: SlugSchema });
  const t = translator(lang);
  const track = loadCatalog().track(trackId);
  if (!track) notFound();
  const returnTo = `/${lang}/tracks/${trackId}/lessons/${lessonId}`;
  // A signed-out visitor reads a module's first lesson as a preview; any other lesson asks them to sign in.
  const actor = isPreviewLesson(track, lessonId) ? await currentActor() : await authorizePage(lang, returnTo);
  // Reading order across the whole track: lessons of each module, then its cases.
  const sequence = track.moduleList.flatMap((module) => module.lessonList.map((lesson) => ({ module, lesson })));
  const index = sequence.findIndex((entry) => entry.lesson.id === lessonId);
  if (index < 0) notFound();
  const { module, lesson } = sequence[index]!;
  const previous = sequence[index - 1];
  const following = sequence[index + 1];
  const isLastOfModule = !following || following.module.id !== module.id;
  const firstCase = module.simulations[0];
  const nextPath = isLastOfModule && module.check ? `/${lang}/tracks/${track.id}/checks/${module.id}` : isLastOfModule && firstCase ? `/${lang}/tracks/${track.id}/cases/${firstCase}` : following ? `/${lang}/tracks/${track.id}/lessons/${following.lesson.id}` : `/${lang}/tracks/${track.id}`;
  const progress = actor ? await getTrackProgress(actor, track) : null;

  return (
    <article className="narrow">
      <p className="small muted">
        <Link href={`/${lang}/tracks/${track.id}`}>{track.title[lang]}</Link> › {module.title[lang]}
      </p>
      <h1>{lesson.title[lang]}</h1>
      <p className="small muted">
        {lesson.minutes} {t("common.minutes")} · {t("common.effective")} {formatDate(lesson.effective.from, lang)}
        {lesson.effective.until ? ` – ${formatDate(lesson.effective.until, lang)}` : ""} · {t("common.lastReviewed")} {formatDate(lesson.lastReviewed, lang)}
        {progress?.completedLessons.has(lesson.id) ? <> · <span className="pill good">{t("common.done")}</span></> : null}
      </p>
      <div className="card">
        <h2 className="small" style={{ margin: 0 }}>
          {t("common.outcomes")}
        </h2>
        <ul>
          {lesson.outcomes.map((outcome) => (
            <li key={outcome.en}>{outcome[lang]}</li>
          ))}
        </ul>
      </div>
      <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.body[lang]) }} />
      <section aria-labelledby="sources">
        <h2 id="sources">{t("common.sources")}</h2>
        <ol className="small">
          {lesson.sources.map((source) => (
            <li key={source.title}>
              {/* A source is cited by its own title, in the language it was published in. */}
              <cite>
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </cite>{" "}
              <span className="muted">
                ({t("common.accessed")} {formatDate(source.accessed, lang)})
              </span>
            </li>
          ))}
        </ol>
      </section>
      {actor ? (
        <form action={completeLessonAction.bind(null, lang, track.id, lesson.id, nextPath)} className="no-print" style={{ display: "flex", gap: 12, flexWrap: "wrap", marginTop: 24 }}>
          {previous ? (
            <Link className="button secondary" href={`/${lang}/tracks/${track.id}/lessons/${previous.lesson.id}`}>
              ← {t("common.previous")}
            </Link>
          ) : null}
          <button type="submit">{t("common.markRead")} →</button>
        </form>
      ) : (
        <section className="card no-print" style={{ marginTop: 24 }} data-testid="lesson-preview">
          <p>{t("learn.previewNotice")}</p>
          <p style={{ margin: 0 }}>
            <Link className="button" href={`/${lang}/sign-in?next=${encodeURIComponent(returnTo)}`}>
              {t("learn.signInToContinue")}
            </Link>{" "}
            <Link href={`/${lang}/sign-up?next=${encodeURIComponent(returnTo)}`}>{t("common.signUp")}</Link>
          </p>
        </section>
      )}
    </article>
  );
}
