"use client";
import { useActionState } from "react";
import type { Locale, LocalizedText } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: null } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** One decision of a branching case: the situation, the options open in it, and a final choice. */
export function BranchStepForm({
  lang,
  part,
  label,
  situation,
  options,
  action,
  labels,
}: {
  lang: Locale;
  part: string;
  label: string;
  situation: LocalizedText;
  options: { value: string; label: LocalizedText }[];
  action: (previous: Result | null, form: FormData) => Promise<Result>;
  labels: { decide: string; busy: string; final: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 640 }} noValidate data-testid="branch-step">
      <p className="card">{situation[lang]}</p>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <fieldset className="field">
        <legend>{label}</legend>
        {options.map((option) => (
          <label key={option.value}>
            <input type="radio" name={part} value={option.value} />
            {option.label[lang]}
          </label>
        ))}
      </fieldset>
      <p className="hint">{labels.final}</p>
      <button type="submit" disabled={pending}>
        {pending ? labels.busy : labels.decide}
      </button>
    </form>
  );
}
