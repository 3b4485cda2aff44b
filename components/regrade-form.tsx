"use client";
import { useActionState } from "react";
import { fillPlaceholders } from "@/components/ui/fill-placeholders";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Summary = { examined: number; affected: number; regraded: number; skipped: { attemptId: string; reason: string }[]; scoreChanges: { attemptId: string; from: number; to: number }[] };
type Result = { ok: true; data: Summary } | { ok: false; message: string };

/** Text of the form, translated by the page; `summary` and `skipped` hold {examined}, {affected}, {regraded} / {count}, {reason} for the counts. */
export type RegradeLabels = { preview: string; apply: string; summary: string; skipped: string };


export function RegradeForm({ labels, action }: { labels: RegradeLabels; action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 720 }}>
      <div style={{ display: "flex", gap: 12 }}>
        <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
          {labels.preview}
        </button>
        <button type="submit" name="intent" value="apply" disabled={pending}>
          {labels.apply}
        </button>
      </div>
      {state && !state.ok ? <p className="form-error">{state.message}</p> : null}
      {state?.ok ? (
        <div className="card" role="status" data-testid="regrade-summary">
          <p>
            {fillPlaceholders(labels.summary, { examined: state.data.examined, affected: state.data.affected, regraded: state.data.regraded })}
          </p>
          {state.data.scoreChanges.length ? (
            <ul className="small">
              {state.data.scoreChanges.slice(0, 50).map((change) => (
                <li key={change.attemptId}>
                  {change.attemptId}: {Math.round(change.from * 100)}% → {Math.round(change.to * 100)}%
                </li>
              ))}
            </ul>
          ) : null}
          {state.data.skipped.length ? <p className="small muted">{fillPlaceholders(labels.skipped, { count: state.data.skipped.length, reason: state.data.skipped[0]!.reason })}</p> : null}
        </div>
      ) : null}
    </form>
  );
}
