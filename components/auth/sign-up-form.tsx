"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { signInWithPassword } from "@/lib/sign-in-with-password";

type Result = { ok: true; data: { email: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type Labels = { name: string; email: string; password: string; passwordHint: string; submit: string; busy: string };

export function SignUpForm({ lang, next, action, labels }: { lang: Locale; next: string; action: (previous: Result | null, form: FormData) => Promise<Result>; labels: Labels }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  const password = useRef<HTMLInputElement>(null);

  // Account created: sign in with the same credentials, then continue.
  useEffect(() => {
    if (!state?.ok) return;
    void signInWithPassword(state.data.email, password.current?.value ?? "", lang).then(() => {
      router.push(next);
      router.refresh();
    });
  }, [state, next, router, lang]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p className="error" id={`${name}-error`}>
        {errors[name]!.join(" ")}
      </p>
    ) : null;

  return (
    <form className="stack" onSubmit={submitWithoutReset(formAction)} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="name">{labels.name}</label>
        <input id="name" name="name" type="text" autoComplete="name" required aria-invalid={Boolean(errors.name)} aria-describedby={errors.name ? "name-error" : undefined} />
        {fieldError("name")}
      </div>
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={Boolean(errors.email)} aria-describedby={errors.email ? "email-error" : undefined} />
        {fieldError("email")}
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? "password-error password-hint" : "password-hint"}
        />
        <p className="hint" id="password-hint">
          {labels.passwordHint}
        </p>
        {fieldError("password")}
      </div>
      <button type="submit" disabled={pending || Boolean(state?.ok)}>
        {pending || state?.ok ? labels.busy : labels.submit}
      </button>
    </form>
  );
}
