"use client";
import { useActionState } from "react";

type Result = { ok: true; data: { publicId: string } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Reason field and revoke button for one certificate on the admin page. */
export function RevokeCredentialForm({ action, labels }: { action: (previous: Result | null, form: FormData) => Promise<Result>; labels: { reason: string; revoke: string; done: string } }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) return <span className="pill bad">{labels.done}</span>;
  return (
    <form action={formAction} style={{ display: "flex", gap: 8, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="revoke-form">
      <label className="field" style={{ flex: "1 1 260px" }}>
        <span className="visually-hidden">{labels.reason}</span>
        <input name="reason" placeholder={labels.reason} required minLength={5} maxLength={500} />
        {state && !state.ok ? (
          <span className="form-error small" role="alert">
            {state.fieldErrors?.reason?.join(" ") ?? state.message}
          </span>
        ) : null}
      </label>
      <button type="submit" disabled={pending}>
        {labels.revoke}
      </button>
    </form>
  );
}
