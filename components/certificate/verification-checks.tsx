/** The checks of a verification, each with its reason and a ✓ / ✗ / ? mark (passed, failed, not decided). */
export function VerificationChecks({ checks, testId }: { checks: readonly { check: string; ok: boolean | null; reason: string }[]; testId?: string }) {
  return (
    <ul className="list" data-testid={testId}>
      {checks.map((check) => (
        <li key={check.check}>
          <span>
            <strong>{check.check}</strong> — <span className="small">{check.reason}</span>
          </span>
          <span className={`pill ${check.ok === true ? "good" : check.ok === false ? "bad" : "warn"}`} aria-label={check.ok === true ? "passed" : check.ok === false ? "failed" : "not checked"}>
            {check.ok === true ? "✓" : check.ok === false ? "✗" : "?"}
          </span>
        </li>
      ))}
    </ul>
  );
}
