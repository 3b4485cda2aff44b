import Link from "next/link";
import { notFound } from "next/navigation";
import type { CheckAnswers, CheckQuestion } from "@/domain/content/check-schema";
import type { Locale } from "@/domain/content/locale";
import { createRandom, hashToSeed } from "@/domain/simulations/seeded-random";
import { CheckForm } from "@/components/check/check-form";
import { formatPercent } from "@/lib/format";
import { translator, type Translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getKnowledgeCheck } from "@/server/services/knowledge-checks";
import { submitCheckAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";

/** Ordering items shuffled the same way for the same learner, never in the correct order. */
function shuffledIds(ids: string[], seedText: string): string[] {
  const random = createRandom(hashToSeed(seedText));
  const shuffled = [...ids];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.join() === ids.join() ? [...ids.slice(1), ids[0]!] : shuffled;
}

function AnswerReview({ question, answer, lang, t }: { question: CheckQuestion; answer: CheckAnswers[string] | undefined; lang: Locale; t: Translator }) {
  if (question.kind === "numeric") {
    return (
      <p>
        {t("common.given")}: <strong>{answer ?? "—"}</strong> · {t("learn.checkCorrect")}: <strong>{question.answer}</strong>
        {question.unit ? ` ${question.unit[lang]}` : ""} (± {question.tolerance})<br />
        {question.explanation[lang]}
      </p>
    );
  }
  if (question.kind === "ordering") {
    return (
      <ol>
        {question.items.map((item) => (
          <li key={item.id}>
            <strong>{item.text[lang]}</strong> — {item.explanation[lang]}
          </li>
        ))}
      </ol>
    );
  }
  const chosen = new Set(Array.isArray(answer) ? answer : answer === undefined ? [] : [String(answer)]);
  const correct = new Set(question.kind === "single" ? [question.answer] : question.answers);
  return (
    <ul>
      {question.options.map((option) => (
        <li key={option.id}>
          {correct.has(option.id) ? "✓ " : "✗ "}
          <strong>{option.text[lang]}</strong>
          {chosen.has(option.id) ? <span className="pill">{t("learn.yourChoice")}</span> : null} — {option.explanation[lang]}
        </li>
      ))}
    </ul>
  );
}

// GET /[lang]/tracks/[trackId]/checks/[moduleId] – a module's knowledge check (signed-in learner, own answers only).
export default async function CheckPage({ params, searchParams }: { params: Promise<{ lang: string; trackId: string; moduleId: string }>; searchParams: Promise<{ retry?: string }> }) {
  const lang = await routeLocale(params);
  const { trackId, moduleId } = await routeParams(params, { trackId: SlugSchema, moduleId: SlugSchema });
  const actor = await authorizePage(lang, `/${lang}/tracks/${trackId}/checks/${moduleId}`);
  const t = translator(lang);
  const { track, module, check, latest } = await getKnowledgeCheck(actor, trackId, moduleId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const retry = (await searchParams).retry !== undefined;
  const title = t("learn.checkTitle", { module: module.title[lang] });

  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <p className="small muted">
        <Link href={`/${lang}/tracks/${track.id}`}>{track.title[lang]}</Link> › {module.title[lang]}
      </p>
      <h1>{title}</h1>
      {latest && !retry ? (
        <>
          <p className="score-big" data-testid="check-score">
            {formatPercent(latest.grade.score, lang)}
          </p>
          <p>
            <span className={`pill ${latest.grade.hasPassed ? "good" : "warn"}`}>
              {latest.grade.hasPassed ? t("learn.checkPassed") : t("learn.passMark", { passMark: formatPercent(check.passMark, lang) })}
            </span>
          </p>
          {check.questions.map((question, index) => {
            const grade = latest.grade.questions[index]!;
            return (
              <section key={question.id} className={`part ${grade.score === 1 ? "right" : grade.score > 0 ? "partial" : "wrong"}`} aria-labelledby={`q-${question.id}`}>
                <h3 id={`q-${question.id}`}>
                  <span>
                    {index + 1}. {question.prompt[lang]}
                  </span>
                  <span>{formatPercent(grade.score, lang)}</span>
                </h3>
                <AnswerReview question={question} answer={latest.answers[question.id]} lang={lang} t={t} />
              </section>
            );
          })}
          <p style={{ display: "flex", gap: 12, flexWrap: "wrap" }}>
            <Link className="button secondary" href={`/${lang}/tracks/${track.id}/checks/${module.id}?retry`}>
              {t("learn.tryAgain")}
            </Link>
            {module.simulations[0] ? (
              <Link className="button" href={`/${lang}/tracks/${track.id}/cases/${module.simulations[0]}`}>
                {t("common.openCase")} →
              </Link>
            ) : null}
          </p>
        </>
      ) : (
        <CheckForm
          lang={lang}
          check={check}
          orderings={Object.fromEntries(
            check.questions.flatMap((q) => (q.kind === "ordering" ? [[q.id, shuffledIds(q.items.map((i) => i.id), `${actor.id}:${q.id}`)]] : [])),
          )}
          action={submitCheckAction.bind(null, lang, track.id, module.id)}
          labels={{ submit: t("learn.checkSubmit"), busy: t("common.submitting"), position: t("learn.orderingPosition"), selectAll: t("learn.selectAllThatApply") }}
        />
      )}
    </div>
  );
}
