const CHECK_NAMES: Record<string, { en: string; zh: string }> = {
  schema: { en: "Format", zh: "格式" },
  signature: { en: "Signature", zh: "签名" },
  "issuer-key": { en: "Issuer key", zh: "签发方密钥" },
  status: { en: "Revocation status", zh: "撤销状态" },
  dates: { en: "Validity dates", zh: "有效日期" },
};

/**
 * The checks of a verification, each with a ✓ / ✗ / ? mark (passed, failed, not decided) and its
 * reason. The reasons are the verifier's own English sentences; Chinese readers also get the outcome
 * in Chinese.
 */
export function VerificationChecks({ checks, lang = "en", testId }: { checks: readonly { check: string; ok: boolean | null; reason: string }[]; lang?: string; testId?: string }) {
  const zh = lang === "zh";
  return (
    <ul className="list" data-testid={testId}>
      {checks.map((check) => {
        const name = CHECK_NAMES[check.check]?.[zh ? "zh" : "en"] ?? check.check;
        const outcome = check.ok === true ? (zh ? "通过" : "passed") : check.ok === false ? (zh ? "未通过" : "failed") : zh ? "无法检查" : "not checked";
        return (
          <li key={check.check}>
            <span>
              <strong>{name}</strong> — <span className="small">{zh ? `${outcome}。` : ""}{check.reason}</span>
            </span>
            <span className={`pill ${check.ok === true ? "good" : check.ok === false ? "bad" : "warn"}`} aria-label={outcome}>
              {check.ok === true ? "✓" : check.ok === false ? "✗" : "?"}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
