import Link from "next/link";
import { notFound } from "next/navigation";
import { renderBrief } from "@/domain/simulations/run-simulation";
import { AnswerForm } from "@/components/case/answer-form";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate, formatParameter, formatPercent } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getCaseState } from "@/server/services/get-case-state";
import { BranchStepForm } from "@/components/case/branch-step-form";
import { chooseStepAction, startAttemptAction, submitAttemptAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";

// GET /[lang]/tracks/[trackId]/cases/[simulationId] – a case: the learner's variant, answer form, past attempts.
export default async function CasePage({ params }: { params: Promise<{ lang: string; trackId: string; simulationId: string }> }) {
  const lang = await routeLocale(params);
  const { trackId, simulationId } = await routeParams(params, { trackId: SlugSchema, simulationId: SlugSchema });
  const actor = await authorizePage(lang, `/${lang}/tracks/${trackId}/cases/${simulationId}`);
  const t = translator(lang);
  const state = await getCaseState(actor, trackId, simulationId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { track, module, simulation, open, attempts, gate } = state;
  const submitted = attempts.filter((a) => a.submittedAt !== null);

  return (
    <>
      <p className="small muted">
        <Link href={`/${lang}/tracks/${track.id}`}>{track.title[lang]}</Link> › {module.title[lang]}
      </p>
      <h1>{simulation.title[lang]}</h1>
      {open ? (
        <div className="cards split case-layout">
          <section>
            <p className="pill">
              {t("common.attempt")} {open.number} / {simulation.attempts.limit}
            </p>
            <div
              className="prose"
              data-testid="brief"
              dangerouslySetInnerHTML={{
                __html: renderMarkdown(renderBrief(simulation.brief[lang], open.params, (name, value) => formatParameter(simulation.parameters[name], value, lang))),
              }}
            />
            {open.branch?.history.length ? (
              <section aria-labelledby="decisions">
                <h2 id="decisions">{t("learn.decisionsSoFar")}</h2>
                <ol data-testid="branch-history">
                  {open.branch.history.map(({ step, choice }) => {
                    const part = simulation.parts.find((p) => p.id === step.part);
                    const option = part?.input.kind === "choice" ? part.input.options.find((o) => o.value === choice) : undefined;
                    return (
                      <li key={step.part}>
                        <span className="muted">{step.situation[lang]}</span>
                        <br />
                        <strong>{option?.label[lang] ?? choice}</strong>
                      </li>
                    );
                  })}
                </ol>
              </section>
            ) : null}
            {open.branch?.current ? (
              (() => {
                const step = open.branch.current;
                const part = simulation.parts.find((p) => p.id === step.part)!;
                const options = part.input.kind === "choice" ? part.input.options.filter((o) => step.options.includes(o.value)) : [];
                return (
                  <BranchStepForm
                    key={step.part}
                    lang={lang}
                    part={step.part}
                    label={part.label[lang]}
                    situation={step.situation}
                    options={options}
                    action={chooseStepAction.bind(null, lang, track.id, simulation.id, open.number, step.part)}
                    labels={{
                      decide: t("learn.makeDecision"),
                      busy: t("common.submitting"),
                      final: t("learn.decisionIsFinal"),
                    }}
                  />
                );
              })()
            ) : (
              <AnswerForm
                lang={lang}
                parts={simulation.parts.filter((part) => !(open.branch && part.id in open.branch.path))}
                action={submitAttemptAction.bind(null, lang, track.id, simulation.id, open.number)}
                labels={{ submit: t("common.submit"), busy: t("common.submitting"), heading: t("common.yourAnswer") }}
              />
            )}
          </section>
          <aside aria-labelledby="facts">
            <h2 id="facts">{t("common.caseFacts")}</h2>
            {/* The raw parameters let tools (and our browser tests) read the case; they are no secret, the key is never sent. */}
            <dl className="facts" data-testid="case-facts" data-params={JSON.stringify(open.params)}>
              {Object.entries(simulation.parameters)
                .filter(([, spec]) => !spec.hidden)
                .map(([name, spec]) => (
                  <div key={name} style={{ display: "contents" }}>
                    <dt>{spec.label[lang]}</dt>
                    <dd>{formatParameter(spec, open.params[name]!, lang)}</dd>
                  </div>
                ))}
            </dl>
          </aside>
        </div>
      ) : null}
      {!open ? (
        <section className="card" style={{ maxWidth: 720, marginBottom: 16 }} aria-labelledby="about-case">
          <h2 id="about-case" style={{ marginTop: 0 }}>
            {t("learn.aboutCase")}
          </h2>
          <p>{t("learn.aboutCaseText", { minutes: simulation.estimatedMinutes })}</p>
          <p className="small">{t("learn.gradedParts")}</p>
          <ul className="small">
            {simulation.parts.map((part) => (
              <li key={part.id}>{part.label[lang]}</li>
            ))}
          </ul>
          <p className="small muted">
            {t("learn.attemptRules", { limit: simulation.attempts.limit, seconds: simulation.attempts.cooldownSeconds, passMark: formatPercent(track.certificate.passMark, lang) })}
          </p>
        </section>
      ) : null}
      {open ? null : gate.allowed ? (
        <ActionForm className="" submitLabel={t("common.startAttempt", { n: gate.nextNumber, limit: simulation.attempts.limit })} action={startAttemptAction.bind(null, lang, track.id, simulation.id)} />
      ) : (
        <p className="form-error" role="status">
          {gate.reason === "limit"
            ? t("learn.attemptsUsedUp", { limit: gate.limit })
            : t("learn.coolingDown", { retryAt: gate.retryAt })}
        </p>
      )}
      {submitted.length > 0 ? (
        <section aria-labelledby="attempts">
          <h2 id="attempts">{t("common.attempts")}</h2>
          <ul className="list">
            {submitted.map((attempt) => (
              <li key={attempt.number}>
                <Link href={`/${lang}/tracks/${track.id}/cases/${simulation.id}/attempts/${attempt.number}`}>
                  {t("common.attempt")} {attempt.number}
                </Link>
                <span className="small muted">
                  {formatDate(attempt.submittedAt!, lang)} · {t("common.score")} {formatPercent(attempt.score ?? 0, lang)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
