import Link from "next/link";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { loadCatalog } from "@/server/content/load-content";
import { nextStep } from "@/domain/content/next-step";
import { currentActor } from "@/server/authorize";
import { getTrackProgress } from "@/server/services/get-track-progress";

type Progress = Awaited<ReturnType<typeof getTrackProgress>>;

/** A signed-in learner's place in a track, with a link to pick it up again. */
function TrackProgressLine({ lang, track, progress }: { lang: "en" | "zh"; track: ReturnType<typeof loadCatalog>["tracks"][number]; progress: Progress }) {
  const passed = new Set(progress.eligibility.requirements.filter((r) => r.passed).map((r) => r.simulationId));
  const step = nextStep(track, progress.completedLessons, passed);
  const done = progress.completedLessons.size + passed.size;
  const total = progress.lessonCount + progress.eligibility.requirements.length;
  const zh = lang === "zh";
  const href =
    step.kind === "lesson"
      ? `/${lang}/tracks/${track.id}/lessons/${step.lessonId}`
      : step.kind === "case"
        ? `/${lang}/tracks/${track.id}/cases/${step.simulationId}`
        : progress.credential
          ? `/${lang}/verify/${progress.credential.publicId}`
          : `/${lang}/tracks/${track.id}#certificate`;
  const label = step.kind === "certificate" ? (progress.credential ? (zh ? "查看证书" : "View certificate") : zh ? "领取证书" : "Claim certificate") : done === 0 ? (zh ? "开始学习" : "Start") : zh ? "继续学习" : "Continue";
  return (
    <div data-testid={`progress-${track.id}`}>
      <div className="progress" role="progressbar" aria-label={zh ? "学习进度" : "Progress"} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <span style={{ width: `${total ? (100 * done) / total : 0}%` }} />
      </div>
      <p className="small">
        {zh ? `已读 ${progress.completedLessons.size}/${progress.lessonCount} 课，通过 ${passed.size}/${progress.eligibility.requirements.length} 个案例` : `${progress.completedLessons.size}/${progress.lessonCount} lessons read, ${passed.size}/${progress.eligibility.requirements.length} cases passed`}{" "}
        · <Link href={href}>{label} →</Link>
      </p>
    </div>
  );
}

// GET /[lang] – landing page and track catalog (public); signed-in learners see where they are.
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = messages(lang);
  const { tracks } = loadCatalog();
  const actor = await currentActor();
  const progress = actor ? await Promise.all(tracks.map((track) => getTrackProgress(actor, track))) : null;
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
              {progress ? <TrackProgressLine lang={lang} track={track} progress={progress[tracks.indexOf(track)]!} /> : null}
            </article>
          );
        })}
      </div>
    </>
  );
}
