"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import type { RubricPart } from "@/domain/simulations/simulation-schema";

type Result = { ok: true; data: { number: number } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** The answer form of a case, one field per rubric part. Typed values survive a rejected submit. */
export function AnswerForm({
  lang,
  parts,
  action,
  labels,
}: {
  lang: Locale;
  parts: RubricPart[];
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  labels: { submit: string; busy: string; heading: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errorOf = (id: string) =>
    errors[id]?.length ? (
      <p className="error" id={`${id}-error`}>
        {errors[id]!.join(" ")}
      </p>
    ) : null;

  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 640 }} noValidate aria-labelledby="answer-heading">
      <h2 id="answer-heading">{labels.heading}</h2>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {parts.map((part) => {
        const { input } = part;
        if (input.kind === "number") {
          return (
            <div className="field" key={part.id}>
              <label htmlFor={part.id}>{part.label[lang]}</label>
              <input
                id={part.id}
                name={part.id}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                aria-invalid={Boolean(errors[part.id])}
                aria-describedby={errors[part.id] ? `${part.id}-error` : undefined}
                style={{ maxWidth: 220 }}
              />
              {input.unit ? <span className="hint">{input.unit}</span> : null}
              {errorOf(part.id)}
            </div>
          );
        }
        const multiple = input.kind === "multi-choice";
        return (
          <fieldset className="field" key={part.id} aria-invalid={Boolean(errors[part.id])} aria-describedby={errors[part.id] ? `${part.id}-error` : undefined}>
            <legend>{part.label[lang]}</legend>
            {input.options.map((option) => (
              <label key={option.value}>
                <input type={multiple ? "checkbox" : "radio"} name={multiple ? `${part.id}[]` : part.id} value={option.value} />
                {option.label[lang]}
              </label>
            ))}
            {errorOf(part.id)}
          </fieldset>
        );
      })}
      <button type="submit" disabled={pending}>
        {pending ? labels.busy : labels.submit}
      </button>
    </form>
  );
}
