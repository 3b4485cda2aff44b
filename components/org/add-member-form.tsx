"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { errorText } from "@/lib/error-text";
import { SetupLink } from "./setup-link";

type Added = { userId: string; setupToken?: string };
/** The form's text, translated by the page. */
export type AddMemberLabels = { email: string; name: string; nameHint: string; role: string; instructor: string; orgAdmin: string; accountCreated: string; saved: string; add: string };
type Result = { ok: true; data: Added } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Adds a staff member by email. When the email had no account, one was created without a password
 * and the answer carries a one-time set-password token: shown here once, for the admin to pass on.
 */
export function AddMemberForm({ lang, action, labels }: { lang: Locale; action: (previous: Result | null, form: FormData) => Promise<Result>; labels: AddMemberLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errorsOf = (field: string) => (state && !state.ok ? (state.fieldErrors?.[field] ?? []).map((m) => errorText(m, lang)).join(" ") : "");
  return (
    <form className="stack" onSubmit={submitWithoutReset(formAction)} noValidate data-testid="add-member">
      <div className="field">
        <label htmlFor="member-email">{labels.email}</label>
        <input id="member-email" name="email" type="email" required aria-invalid={errorsOf("email") !== ""} />
        {errorsOf("email") ? <p className="error">{errorsOf("email")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="member-name">{labels.name}</label>
        <input id="member-name" name="name" type="text" aria-describedby="member-name-hint" aria-invalid={errorsOf("name") !== ""} />
        <p className="hint" id="member-name-hint">
          {labels.nameHint}
        </p>
        {errorsOf("name") ? <p className="error">{errorsOf("name")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="member-role">{labels.role}</label>
        <select id="member-role" name="role" defaultValue="INSTRUCTOR">
          <option value="INSTRUCTOR">{labels.instructor}</option>
          <option value="ORG_ADMIN">{labels.orgAdmin}</option>
        </select>
      </div>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {errorText(state.message, lang)}
        </p>
      ) : null}
      {state?.ok ? (
        <div role="status" data-testid="member-added">
          {state.data.setupToken ? (
            <>
              <p className="small">{labels.accountCreated}</p>
              <p>
                <SetupLink lang={lang} token={state.data.setupToken} testId="member-setup-link" />
              </p>
            </>
          ) : (
            <p className="small">{labels.saved}</p>
          )}
        </div>
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {labels.add}
        </button>
      </div>
    </form>
  );
}
