"use client";
import { useActionState, useEffect, useState } from "react";
import type { Locale } from "@/domain/content/locale";
import { errorText } from "@/lib/error-text";

type Result = { ok: true; data: { token: string } } | { ok: false; message: string };

/** Makes a new one-time set-password link for an unclaimed account and shows it (once). */
export function SetupLinkButton({ lang, label, action }: { lang: Locale; label: string; action: (previous: Result | null) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <form action={formAction}>
      <button type="submit" className="secondary" disabled={pending}>
        {label}
      </button>
      {state?.ok ? (
        <p>
          <code className="wrap" data-testid="setup-link">{`${origin}/${lang}/welcome/${state.data.token}`}</code>
        </p>
      ) : state ? (
        <p className="form-error" role="alert">
          {errorText(state.message, lang)}
        </p>
      ) : null}
    </form>
  );
}
