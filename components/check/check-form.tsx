"use client";
import { useActionState } from "react";
import type { KnowledgeCheck } from "@/domain/content/check-schema";
import { orderingField } from "@/domain/content/check-answer-schema";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: null } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** A knowledge check form. Ordering items come pre-shuffled from the server; learners give each a position. */
export function CheckForm({
  lang,
  check,
  orderings,
  action,
  labels,
}: {
  lang: Locale;
  check: KnowledgeCheck;
  orderings: Record<string, string[]>;
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  labels: { submit: string; busy: string; position: string; selectAll: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 720 }} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {check.questions.map((question, index) => {
        const errorId = `${question.id}-error`;
        const error = errors[question.id]?.length ? (
          <p className="error" id={errorId}>
            {errors[question.id]!.join(" ")}
          </p>
        ) : null;
        const legend = (
          <legend>
            {index + 1}. {question.prompt[lang]}
            {question.kind === "multiple" ? <span className="hint"> ({labels.selectAll})</span> : null}
          </legend>
        );
        if (question.kind === "numeric") {
          return (
            <fieldset className="field" key={question.id} aria-describedby={error ? errorId : undefined}>
              {legend}
              <label>
                <input name={question.id} type="text" inputMode="decimal" autoComplete="off" aria-label={question.prompt[lang]} style={{ maxWidth: 200 }} aria-invalid={Boolean(error)} />
                {question.unit ? ` ${question.unit[lang]}` : ""}
              </label>
              {error}
            </fieldset>
          );
        }
        if (question.kind === "ordering") {
          const order = orderings[question.id] ?? question.items.map((item) => item.id);
          return (
            <fieldset className="field" key={question.id} aria-describedby={error ? errorId : undefined}>
              {legend}
              {order.map((itemId) => {
                const item = question.items.find((i) => i.id === itemId)!;
                const field = orderingField(question.id, item.id);
                return (
                  <label key={item.id}>
                    <select name={field} defaultValue="" aria-label={`${labels.position}: ${item.text[lang]}`}>
                      <option value="" disabled>
                        —
                      </option>
                      {question.items.map((_, i) => (
                        <option key={i} value={i + 1}>
                          {i + 1}
                        </option>
                      ))}
                    </select>
                    {item.text[lang]}
                  </label>
                );
              })}
              {error}
            </fieldset>
          );
        }
        const multiple = question.kind === "multiple";
        return (
          <fieldset className="field" key={question.id} aria-describedby={error ? errorId : undefined}>
            {legend}
            {question.options.map((option) => (
              <label key={option.id}>
                <input type={multiple ? "checkbox" : "radio"} name={question.id} value={option.id} />
                {option.text[lang]}
              </label>
            ))}
            {error}
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending}>
        {pending ? labels.busy : labels.submit}
      </button>
    </form>
  );
}
