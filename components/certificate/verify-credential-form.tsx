"use client";
import { VerificationChecks } from "./verification-checks";
import { useState, type FormEvent } from "react";

type Check = { check: string; ok: boolean | null; outcome: string; reason: string };
type Result = { status: "valid" | "invalid" | "unverifiable"; reason?: string; checks: Check[]; issuedHere?: { standing: string; reason: string; verifyPath: string } };
export type VerifyFormLabels = { paste: string; file: string; submit: string; status: Record<Result["status"], string>; issuedHere: string };

/** Paste or upload a credential; it is sent to POST /api/verify and each check is shown with its reason. */
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
      setError("The verification service could not be reached.");
    } finally {
      setPending(false);
    }
  }

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
            {result.reason ? ` (${result.reason})` : ""}
          </p>
          {result.issuedHere ? (
            <p>
              {labels.issuedHere}: <strong>{result.issuedHere.standing}</strong> — {result.issuedHere.reason} <a href={`/${lang}${result.issuedHere.verifyPath}`}>{result.issuedHere.verifyPath}</a>
            </p>
          ) : null}
          <VerificationChecks checks={result.checks} lang={lang} />
        </div>
      ) : null}
    </form>
  );
}
