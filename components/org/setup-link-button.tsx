"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { SetupLink } from "./setup-link";

type Result = { ok: true; data: { token: string } } | { ok: false; message: string };

/** Makes a new one-time set-password link for an unclaimed account and shows it (once). */
export function SetupLinkButton({ lang, label, action }: { lang: Locale; label: string; action: (previous: Result | null) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <button type="submit" className="secondary" disabled={pending}>
        {label}
      </button>
      {state?.ok ? (
        <p>
          <SetupLink lang={lang} token={state.data.token} testId="setup-link" />
        </p>
      ) : state ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
