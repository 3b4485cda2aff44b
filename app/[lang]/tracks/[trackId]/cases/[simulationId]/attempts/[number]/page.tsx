import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale, LocalizedText } from "@/domain/content/locale";
import type { AnswerValue, RuleCitation } from "@/domain/simulations/engine";
import type { RubricPart } from "@/domain/simulations/simulation-schema";
import { formatPercent } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getAttemptResult } from "@/server/services/get-case-state";
import { AttemptNumberSchema } from "@/server/validation";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";
import { z } from "zod";

type StoredPart = { id: string; score: number; given: AnswerValue | null; expected: AnswerValue; misconception: string | null; note: LocalizedText; rules: RuleCitation[] };

function showValue(part: RubricPart | undefined, value: AnswerValue | null, lang: Locale): string {
  if (value === null || value === undefined) return "—";
  if (!part) return String(value);
  if (part.input.kind === "number") return `${value}${part.input.unit ? ` ${part.input.unit}` : ""}`;
  const options = part.input.options;
  const label = (v: string) => options.find((o) => o.value === v)?.label[lang] ?? v;
  return Array.isArray(value) ? value.map(label).join("; ") || "—" : label(String(value));
}

// GET /[lang]/tracks/[trackId]/cases/[simulationId]/attempts/[number] – the learner's own graded attempt.
export default async function AttemptResultPage({ params }: { params: Promise<{ lang: string; trackId: string; simulationId: string; number: string }> }) {
  const lang = await routeLocale(params);
  const { trackId, simulationId, number } = await routeParams(params, { trackId: SlugSchema, simulationId: SlugSchema, number: z.string() });
  const parsedNumber = AttemptNumberSchema.safeParse(number);
  if (!parsedNumber.success) notFound();
  const attemptNumber = parsedNumber.data;
  const actor = await authorizePage(lang, `/${lang}/tracks/${trackId}/cases/${simulationId}/attempts/${number}`);
  const t = translator(lang);
  const { track, simulation, attempt } = await getAttemptResult(actor, trackId, simulationId, attemptNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const parts = (attempt.parts ?? []) as StoredPart[];
  const explanation = attempt.explanation as LocalizedText | null;
  const score = attempt.score ?? 0;

  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <p className="small muted">
        <Link href={`/${lang}/tracks/${track.id}`}>{track.title[lang]}</Link> › {simulation.title[lang]}
      </p>
      <h1>
        {t("common.result")}: {t("common.attempt")} {attempt.number}
      </h1>
      <p className="score-big" data-testid="score">
        {formatPercent(score, lang)}
      </p>
      <p>
        <span className={`pill ${score >= track.certificate.passMark ? "good" : "warn"}`}>
          {score >= track.certificate.passMark ? t("learn.passMarkReached") : t("learn.passMark", { passMark: formatPercent(track.certificate.passMark, lang) })}
        </span>
      </p>
      {parts.map((stored) => {
        const part = simulation.parts.find((p) => p.id === stored.id);
        const verdict = stored.score === 1 ? "right" : stored.score > 0 ? "partial" : "wrong";
        return (
          <section key={stored.id} className={`part ${verdict}`} data-testid={`part-${stored.id}`} aria-labelledby={`part-${stored.id}-title`}>
            <h3 id={`part-${stored.id}-title`}>
              <span>{part?.label[lang] ?? stored.id}</span>
              <span>{formatPercent(stored.score, lang)}</span>
            </h3>
            <p className="small">
              {t("common.given")}: <strong>{showValue(part, stored.given, lang)}</strong>
              {stored.score < 1 ? (
                <>
                  {" "}
                  · {t("common.expected")}: <strong>{showValue(part, stored.expected, lang)}</strong>
                </>
              ) : null}
            </p>
            <p data-testid={`note-${stored.id}`}>{stored.note[lang]}</p>
            {stored.rules.length ? (
              <div className="citation">
                {t("common.ruleCited")}:
                <ul>
                  {stored.rules.map((rule) => (
                    <li key={rule.id}>
                      <code>{rule.id}</code> v{rule.version} — {rule.summary}.{" "}
                      {rule.url ? (
                        <a href={rule.url} rel="noopener noreferrer">
                          {rule.source}
                        </a>
                      ) : (
                        rule.source
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
      {explanation ? (
        <section aria-labelledby="solution">
          <h2 id="solution">{t("common.workedSolution")}</h2>
          <p>{explanation[lang]}</p>
        </section>
      ) : null}
      <p style={{ display: "flex", gap: 12, flexWrap: "wrap" }}>
        <Link className="button secondary" href={`/${lang}/tracks/${track.id}/cases/${simulation.id}`}>
          {t("common.backToCase")}
        </Link>
        <Link className="button" href={`/${lang}/tracks/${track.id}`}>
          {t("common.backToTrack")}
        </Link>
      </p>
    </div>
  );
}
