"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { errorText } from "@/lib/error-text";

type Result = { ok: true; data: { publicId: string } } | { ok: false; message: string };

export function ClaimCertificateButton({ lang, label, action }: { lang: Locale; label: string; action: (previous: Result | null) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {errorText(state.message, lang)}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
