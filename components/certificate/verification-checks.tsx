/** One check as the reader sees it, already in their language (see server/certificates/verification-text.ts). */
export type CheckView = { check: string; ok: boolean | null; name: string; outcome: string; text: string; detail?: string };

/**
 * The checks of a verification, each with a ✓ / ✗ / ? mark (passed, failed, not decided), its
 * outcome and reason. `detail` is technical English (an error message), marked as such.
 */
export function VerificationChecks({ checks, testId }: { checks: readonly CheckView[]; testId?: string }) {
  return (
    <ul className="list" data-testid={testId}>
      {checks.map((check) => (
        <li key={check.check}>
          <span>
            <strong>{check.name}</strong> — <span className="small">{check.text}</span>
            {check.detail ? (
              <>
                {" "}
                <span className="small muted" lang="en">
                  {check.detail}
                </span>
              </>
            ) : null}
          </span>
          <span className={`pill ${check.ok === true ? "good" : check.ok === false ? "bad" : "warn"}`} aria-label={check.outcome}>
            {check.ok === true ? "✓" : check.ok === false ? "✗" : "?"}
          </span>
        </li>
      ))}
    </ul>
  );
}
