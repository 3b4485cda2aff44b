import Link from "next/link";
import type { Locale } from "@/domain/content/locale";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { loadCatalog } from "@/server/content/load-content";
import { nextStep } from "@/domain/content/next-step";
import { currentActor } from "@/server/authorize";
import { getTrackProgress } from "@/server/services/get-track-progress";

type Progress = Awaited<ReturnType<typeof getTrackProgress>>;

/** A signed-in learner's place in a track, with a link to pick it up again. */
function TrackProgressLine({ lang, track, progress }: { lang: Locale; track: ReturnType<typeof loadCatalog>["tracks"][number]; progress: Progress }) {
  const passed = new Set(progress.eligibility.requirements.filter((r) => r.passed).map((r) => r.simulationId));
  const step = nextStep(track, progress.completedLessons, passed);
  const done = progress.completedLessons.size + passed.size;
  const total = progress.lessonCount + progress.eligibility.requirements.length;
  const t = translator(lang);
  const href =
    step.kind === "lesson"
      ? `/${lang}/tracks/${track.id}/lessons/${step.lessonId}`
      : step.kind === "case"
        ? `/${lang}/tracks/${track.id}/cases/${step.simulationId}`
        : progress.credential
          ? `/${lang}/verify/${progress.credential.publicId}`
          : `/${lang}/tracks/${track.id}#certificate`;
  const label = t(step.kind === "certificate" ? (progress.credential ? "learn.viewCertificateShort" : "learn.claimCertificateShort") : done === 0 ? "learn.start" : "learn.continue");
  return (
    <div data-testid={`progress-${track.id}`}>
      <div className="progress" role="progressbar" aria-label={t("common.progress")} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <span style={{ width: `${total ? (100 * done) / total : 0}%` }} />
      </div>
      <p className="small">
        {t("learn.trackProgressLine", { read: progress.completedLessons.size, lessons: progress.lessonCount, passed: passed.size, cases: progress.eligibility.requirements.length })}{" "}
        · <Link href={href}>{label} →</Link>
      </p>
    </div>
  );
}

// GET /[lang] – landing page and track catalog (public); signed-in learners see where they are.
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const { tracks } = loadCatalog();
  const actor = await currentActor();
  const progress = actor ? await Promise.all(tracks.map((track) => getTrackProgress(actor, track))) : null;
  return (
    <>
      <section className="hero">
        <h1>{t("common.heroTitle")}</h1>
        <p className="lead">{t("common.heroBody")}</p>
      </section>
      <h2 id="tracks">{t("common.tracks")}</h2>
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
                {track.moduleList.length} {t("common.modules")} · {lessons} {t("common.lessons")} · {cases} {t("common.cases")} · ~{minutes} {t("common.minutes")}
              </p>
              {progress ? <TrackProgressLine lang={lang} track={track} progress={progress[tracks.indexOf(track)]!} /> : null}
            </article>
          );
        })}
      </div>
    </>
  );
}
