"use client";
import { VerificationChecks, type CheckView } from "./verification-checks";
import { useState, type FormEvent } from "react";

type Check = { check: string; ok: boolean | null; reason: string; display?: CheckView };
type Result = { status: "valid" | "invalid" | "unverifiable"; reason?: string; checks: Check[]; issuedHere?: { standing: string; reason: string; verifyPath: string; display?: { standing: string; reason: string } } };
export type VerifyFormLabels = {
  paste: string;
  file: string;
  submit: string;
  status: Record<Result["status"], string>;
  issuedHere: string;
  unreachable: string;
  checkNames: Record<string, string>;
  outcomes: { passed: string; failed: string; notChecked: string };
};

/** Paste or upload a credential; it is sent to POST /api/verify?lang=… and each check is shown in the reader's language. */
export function VerifyCredentialForm({ labels, lang }: { labels: VerifyFormLabels; lang: string }) {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setResult(null);
    try {
      const response = await fetch(`/api/verify?lang=${lang}`, { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json()) as Result & { error?: { message: string } };
      if (!response.ok) setError(body.error?.message ?? `HTTP ${response.status}`);
      else setResult(body);
    } catch {
      setError(labels.unreachable);
    } finally {
      setPending(false);
    }
  }

  // The API sends `display` text in the page's language; a check without it falls back to its English reason.
  const checkViews = (checks: Check[]): CheckView[] =>
    checks.map((check) => {
      if (check.display) return check.display;
      const outcome = check.ok === true ? labels.outcomes.passed : check.ok === false ? labels.outcomes.failed : labels.outcomes.notChecked;
      return { check: check.check, ok: check.ok, name: labels.checkNames[check.check] ?? check.check, outcome, text: outcome, detail: check.reason };
    });

  return (
    <form onSubmit={submit} className="card" style={{ display: "grid", gap: 12 }} data-testid="verify-form">
      <label className="field">
        <span>{labels.paste}</span>
        <textarea name="credential" rows={8} spellCheck={false} style={{ fontFamily: "monospace", fontSize: "0.85rem" }} />
      </label>
      <label className="field">
        <span>{labels.file}</span>
        <input type="file" name="file" accept=".json,.jsonld,application/json,application/ld+json" />
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {labels.submit}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="verify-error">
          {error}
        </p>
      ) : null}
      {result ? (
        <div aria-live="polite" data-testid="verify-result">
          <p className={result.status === "valid" ? "status-valid" : result.status === "invalid" ? "status-bad" : "status-unknown"} style={{ fontSize: "1.3rem", fontWeight: 700 }}>
            {labels.status[result.status]}
          </p>
          {result.issuedHere ? (
            <p>
              {labels.issuedHere}: <strong>{result.issuedHere.display?.standing ?? result.issuedHere.standing}</strong> — {result.issuedHere.display?.reason ?? result.issuedHere.reason}{" "}
              <a href={`/${lang}${result.issuedHere.verifyPath}`}>{result.issuedHere.verifyPath}</a>
            </p>
          ) : null}
          <VerificationChecks checks={checkViews(result.checks)} />
        </div>
      ) : null}
    </form>
  );
}
