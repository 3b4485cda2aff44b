"use client";
import { useActionState, useState, type FormEvent } from "react";
import { MAX_ROSTER_BYTES, ROSTER_TOO_LARGE_MESSAGE } from "@/domain/cohorts/roster-limits";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { errorText } from "@/lib/error-text";
import { SetupLink } from "./setup-link";

type Report = {
  enrolled: number;
  alreadyEnrolled: number;
  invited: number;
  alreadyInvited: number;
  accountsCreated: { row: number; email: string; name: string; setupToken: string }[];
  problems: { row: number; email: string; reason: string }[];
};
/** The form's and report's text, translated by the page. */
export type RosterImportLabels = {
  csvFile: string;
  importHint: string;
  import: string;
  importing: string;
  enrolled: string;
  alreadyEnrolled: string;
  invited: string;
  alreadyInvited: string;
  problemsTitle: string;
  row: string;
  email: string;
  reason: string;
  accountsCreated: string;
  setupLink: string;
};
type Result = { ok: true; data: Report } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Upload of a roster CSV, then the import report: counts, rows refused with reasons, new accounts' links. */
export function RosterImportForm({ lang, action, labels: t }: { lang: Locale; action: (previous: Result | null, form: FormData) => Promise<Result>; labels: RosterImportLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  // A file over the limit is refused here, with the same message the server gives: sent anyway it
  // would also exceed the server's request limit.
  const [tooLarge, setTooLarge] = useState(false);
  const submit = submitWithoutReset(formAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("file");
    const oversized = file instanceof File && file.size > MAX_ROSTER_BYTES;
    setTooLarge(oversized);
    if (oversized) event.preventDefault();
    else submit(event);
  };
  const report = state?.ok && !tooLarge ? state.data : null;
  const error = tooLarge ? ROSTER_TOO_LARGE_MESSAGE : state && !state.ok ? state.message : null;
  return (
    <div>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="roster-file">{t.csvFile}</label>
          <input id="roster-file" name="file" type="file" accept=".csv,text/csv" required />
          <p className="hint">{t.importHint}</p>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {errorText(error, lang)}
          </p>
        ) : null}
        <div>
          <button type="submit" disabled={pending}>
            {pending ? t.importing : t.import}
          </button>
        </div>
      </form>
      {report ? (
        <section className="import-report" data-testid="import-report" aria-live="polite">
          <p>
            <strong data-testid="import-enrolled">{report.enrolled}</strong> {t.enrolled} · {report.alreadyEnrolled} {t.alreadyEnrolled}
            {report.invited || report.alreadyInvited ? (
              <>
                {" "}· <strong data-testid="import-invited">{report.invited}</strong> {t.invited}
                {report.alreadyInvited ? ` · ${report.alreadyInvited} ${t.alreadyInvited}` : ""}
              </>
            ) : null}
          </p>
          {report.problems.length ? (
            <>
              <h3>{t.problemsTitle}</h3>
              <table className="data-table" data-testid="import-problems">
                <thead>
                  <tr>
                    <th scope="col">{t.row}</th>
                    <th scope="col">{t.email}</th>
                    <th scope="col">{t.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p) => (
                    <tr key={p.row}>
                      <td>{p.row}</td>
                      <td>{p.email}</td>
                      <td>{p.reason.split("; ").map((r) => errorText(r, lang)).join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          {report.accountsCreated.length ? (
            <>
              <h3>{t.accountsCreated}</h3>
              <table className="data-table" data-testid="import-accounts">
                <thead>
                  <tr>
                    <th scope="col">{t.row}</th>
                    <th scope="col">{t.email}</th>
                    <th scope="col">{t.setupLink}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.accountsCreated.map((a) => (
                    <tr key={a.row}>
                      <td>{a.row}</td>
                      <td>
                        {a.name} &lt;{a.email}&gt;
                      </td>
                      <td>
                        <SetupLink lang={lang} token={a.setupToken} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
