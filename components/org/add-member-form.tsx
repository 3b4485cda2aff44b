"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { orgMessages } from "@/lib/org-messages";
import { SetupLink } from "./setup-link";

type Added = { userId: string; setupToken?: string };
type Result = { ok: true; data: Added } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Adds a staff member by email. When the email had no account, one was created without a password
 * and the answer carries a one-time set-password token: shown here once, for the admin to pass on.
 */
export function AddMemberForm({ lang, action }: { lang: Locale; action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const t = orgMessages(lang);
  const [state, formAction, pending] = useActionState(action, null);
  const errorsOf = (field: string) => (state && !state.ok ? (state.fieldErrors?.[field] ?? []).join(" ") : "");
  return (
    <form className="stack" onSubmit={submitWithoutReset(formAction)} noValidate data-testid="add-member">
      <div className="field">
        <label htmlFor="member-email">{t.email}</label>
        <input id="member-email" name="email" type="email" required aria-invalid={errorsOf("email") !== ""} />
        {errorsOf("email") ? <p className="error">{errorsOf("email")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="member-name">{t.memberName}</label>
        <input id="member-name" name="name" type="text" aria-describedby="member-name-hint" aria-invalid={errorsOf("name") !== ""} />
        <p className="hint" id="member-name-hint">
          {t.addMemberHint}
        </p>
        {errorsOf("name") ? <p className="error">{errorsOf("name")}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="member-role">{t.role}</label>
        <select id="member-role" name="role" defaultValue="INSTRUCTOR">
          <option value="INSTRUCTOR">{t.instructor}</option>
          <option value="ORG_ADMIN">{t.orgAdmin}</option>
        </select>
      </div>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? (
        <div role="status" data-testid="member-added">
          {state.data.setupToken ? (
            <>
              <p className="small">{t.memberAccountCreated}</p>
              <p>
                <SetupLink lang={lang} token={state.data.setupToken} testId="member-setup-link" />
              </p>
            </>
          ) : (
            <p className="small">{t.saved}</p>
          )}
        </div>
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {t.add}
        </button>
      </div>
    </form>
  );
}
