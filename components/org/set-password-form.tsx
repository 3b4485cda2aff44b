"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: { email: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Labels = { password: string; hint: string; submit: string; done: string; signIn: string };

export function SetPasswordForm({ lang, action, labels }: { lang: Locale; action: (previous: Result | null, form: FormData) => Promise<Result>; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <p role="status">
        {labels.done} <Link href={`/${lang}/sign-in`}>{labels.signIn}</Link>
      </p>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors?.password ?? []) : [];
  return (
    <form className="stack" onSubmit={submitWithoutReset(formAction)} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="new-password">{labels.password}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" required aria-invalid={errors.length > 0} aria-describedby="new-password-hint" />
        <p className="hint" id="new-password-hint">
          {labels.hint}
        </p>
        {errors.length ? <p className="error">{errors.join(" ")}</p> : null}
      </div>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
