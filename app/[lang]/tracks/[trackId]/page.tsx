import Link from "next/link";
import { notFound } from "next/navigation";
import { isPreviewLesson } from "@/domain/content/lesson-preview";
import { translator } from "@/lib/i18n/translate";
import { formatPercent } from "@/lib/format";
import { routeLocale } from "@/lib/route-locale";
import { currentActor } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { getTrackProgress } from "@/server/services/get-track-progress";
import { ActionForm } from "@/components/ui/action-form";
import { claimCertificateAction } from "./actions";
import { resendVerificationAction } from "../../verify-email/actions";
import { isEmailVerified } from "@/server/services/verify-email";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";

// GET /[lang]/tracks/[trackId] – track overview (public); progress and the certificate for the signed-in learner.
export default async function TrackPage({ params }: { params: Promise<{ lang: string; trackId: string }> }) {
  const lang = await routeLocale(params);
  const { trackId } = await routeParams(params, { trackId: SlugSchema });
  const t = translator(lang);
  const catalog = loadCatalog();
  const track = catalog.track(trackId);
  if (!track) notFound();
  const actor = await currentActor();
  const progress = actor ? await getTrackProgress(actor, track) : null;
  const minutes = track.moduleList.reduce((n, m) => n + m.lessonList.reduce((s, l) => s + l.minutes, 0), 0);
  const read = progress?.completedLessons.size ?? 0;
  const lessonCount = progress?.lessonCount ?? track.moduleList.reduce((n, m) => n + m.lessonList.length, 0);
  // What the certificate asks for: every graded case of the required modules passed.
  const required = progress?.eligibility.requirements.length ?? 0;
  const passed = progress?.eligibility.requirements.filter((r) => r.passed).length ?? 0;

  return (
    <>
      <p className="pill">{track.role[lang]}</p>
      <h1>{track.title[lang]}</h1>
      <p className="lead">{track.summary[lang]}</p>
      <p className="small muted">
        {track.moduleList.length} {t("common.modules")} · {lessonCount} {t("common.lessons")} · ~{minutes} {t("common.minutes")} · v{track.contentVersion}
      </p>

      <div className="cards split">
        <section className="card" aria-labelledby="outcomes">
          <h2 id="outcomes">{t("common.outcomes")}</h2>
          <ul>
            {track.outcomes.map((outcome) => (
              <li key={outcome.en}>{outcome[lang]}</li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="certificate">
          <h2 id="certificate">{t("common.certificatePolicy")}</h2>
          <p>{t("common.certificatePolicyText", { passMark: track.certificate.passMark, months: track.certificate.validityMonths })}</p>
          {progress ? (
            <>
              <p className="small" data-testid="certificate-progress">
                {t("learn.requiredCasesPassed", { passed, required })}
              </p>
              <div className="progress" role="progressbar" aria-label={t("learn.requiredCasesProgress")} aria-valuemin={0} aria-valuemax={required} aria-valuenow={passed}>
                <span style={{ width: `${required ? (100 * passed) / required : 0}%` }} />
              </div>
              <p className="small">
                {t("common.progress")}: {read}/{lessonCount} {t("common.lessonsRead")}
              </p>
              {progress.credential ? (
                <p>
                  <Link className="button" href={`/${lang}/verify/${progress.credential.publicId}`}>
                    {t("common.viewCertificate")}
                  </Link>
                </p>
              ) : progress.eligibility.eligible ? (
                <>
                  <ActionForm className="" submitLabel={t("common.claimCertificate")} action={claimCertificateAction.bind(null, lang, track.id)} />
                  {actor && !(await isEmailVerified(actor)) ? (
                    <div className="stack" data-testid="verify-before-claim">
                      <p className="small">{t("account.verifyBeforeClaim")}</p>
                      <ActionForm className="" submitLabel={t("account.resendVerification")} successText={t("account.verificationSent")} action={resendVerificationAction.bind(null, lang)} />
                    </div>
                  ) : null}
                </>
              ) : (
                <>
                  <h3>{t("common.requirementsLeft")}</h3>
                  <ul className="small">
                    {progress.eligibility.requirements
                      .filter((r) => !r.passed)
                      .map((r) => (
                        <li key={r.simulationId}>
                          {catalog.simulation(r.simulationId)?.title[lang]} — {r.best === null ? t("common.notAttempted") : `${t("common.bestScore")} ${formatPercent(r.best, lang)}`}
                        </li>
                      ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p>
              <Link className="button" href={`/${lang}/sign-in?next=${encodeURIComponent(`/${lang}/tracks/${track.id}`)}`}>
                {t("common.startLearning")}
              </Link>
            </p>
          )}
        </section>
      </div>

      <h2>{t("common.modules")}</h2>
      {track.moduleList.map((module, index) => (
        <section className="module" key={module.id} aria-labelledby={`module-${module.id}`}>
          <h3 id={`module-${module.id}`}>
            {index + 1}. {module.title[lang]}
          </h3>
          <p className="muted">{module.summary[lang]}</p>
          <ul className="list">
            {module.lessonList.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/${lang}/tracks/${track.id}/lessons/${lesson.id}`}>{lesson.title[lang]}</Link>
                <span className="small muted">
                  {!actor && isPreviewLesson(track, lesson.id) ? <span className="pill">{t("learn.openPreview")}</span> : null}{" "}
                  {progress?.completedLessons.has(lesson.id) ? <span className="pill good">{t("common.done")}</span> : `${lesson.minutes} ${t("common.minutes")}`}
                </span>
              </li>
            ))}
            {module.check ? (
              <li>
                <Link href={`/${lang}/tracks/${track.id}/checks/${module.id}`}>{t("learn.knowledgeCheck")}</Link>
                <span className="small muted">
                  {t("learn.questionCount", { count: module.check.questions.length })}
                </span>
              </li>
            ) : null}
            {catalog.assignments
              .filter((assignment) => assignment.track === track.id && assignment.module === module.id)
              .map((assignment) => (
                <li key={assignment.id}>
                  <Link href={`/${lang}/tracks/${track.id}/assignments/${assignment.id}`}>
                    {t("learn.writtenMemo")}: {assignment.title[lang]}
                  </Link>
                  <span className="small muted">{t("learn.gradedByInstructor")}</span>
                </li>
              ))}
            {module.simulations.map((simulationId) => {
              const simulation = catalog.simulation(simulationId);
              if (!simulation) return null;
              const best = progress?.bestScores.get(simulationId);
              return (
                <li key={simulationId}>
                  <Link href={`/${lang}/tracks/${track.id}/cases/${simulationId}`}>
                    {t("common.cases")}: {simulation.title[lang]}
                  </Link>
                  <span className="small muted">
                    {best !== undefined ? (
                      <span className={`pill ${best >= track.certificate.passMark ? "good" : "warn"}`}>
                        {t("common.bestScore")} {formatPercent(best, lang)}
                      </span>
                    ) : (
                      `${simulation.estimatedMinutes} ${t("common.minutes")}`
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
