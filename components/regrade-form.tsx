"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Summary = { examined: number; affected: number; regraded: number; skipped: { attemptId: string; reason: string }[]; scoreChanges: { attemptId: string; from: number; to: number }[] };
type Result = { ok: true; data: Summary } | { ok: false; message: string };

export function RegradeForm({ lang, action }: { lang: Locale; action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const zh = lang === "zh";
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 720 }}>
      <div style={{ display: "flex", gap: 12 }}>
        <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
          {zh ? "预览受影响的作答" : "Preview affected attempts"}
        </button>
        <button type="submit" name="intent" value="apply" disabled={pending}>
          {zh ? "重新评分" : "Regrade now"}
        </button>
      </div>
      {state && !state.ok ? <p className="form-error">{state.message}</p> : null}
      {state?.ok ? (
        <div className="card" role="status" data-testid="regrade-summary">
          <p>
            {zh
              ? `检查 ${state.data.examined} 次作答，受影响 ${state.data.affected} 次，已重新评分 ${state.data.regraded} 次。`
              : `Examined ${state.data.examined} attempts; ${state.data.affected} affected; ${state.data.regraded} regraded.`}
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
          {state.data.skipped.length ? <p className="small muted">{state.data.skipped.length} skipped: {state.data.skipped[0]!.reason}</p> : null}
        </div>
      ) : null}
    </form>
  );
}
