"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/domain/content/locale";
import { signInWithPassword } from "@/lib/sign-in-with-password";

/** `refused` and `failed`: the messages for a refusal without the server's own message, and for no answer at all. */
type Labels = { email: string; password: string; submit: string; busy: string; refused: string; failed: string };

/** Email + password sign-in through next-auth; the server's message is shown on the form. */
export function SignInForm({ lang, next, labels }: { lang: Locale; next: string; labels: Labels }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const outcome = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""), lang);
      if (outcome === "signed-in") {
        router.push(next);
        router.refresh();
        return;
      }
      // The server's message is already in the page's language (server/auth.ts renders it).
      setError(outcome === "refused" ? labels.refused : outcome === "unexpected" ? labels.failed : outcome.message);
    } catch {
      setError(labels.failed);
    }
    setBusy(false);
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? labels.busy : labels.submit}
      </button>
    </form>
  );
}
