import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { OpenBadgeCredential } from "@/domain/credentials";
import { formatDate } from "@/lib/format";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { AppError } from "@/server/errors";
import { getPublicCredential, type CredentialStanding } from "@/server/services/get-public-credential";

export const metadata: Metadata = { robots: { index: false } };

const STANDING_TEXT: Record<CredentialStanding, { en: string; zh: string; tone: string }> = {
  valid: { en: "Valid", zh: "有效", tone: "status-valid" },
  revoked: { en: "Revoked", zh: "已撤销", tone: "status-bad" },
  expired: { en: "Expired", zh: "已过期", tone: "status-bad" },
  superseded: { en: "Superseded: renewed by a newer certificate", zh: "已被新证书取代", tone: "status-unknown" },
  outdated: { en: "Outdated: the rules it covers have changed", zh: "已过时：所涵盖的规则已变更", tone: "status-bad" },
  invalid: { en: "Invalid: the credential does not verify", zh: "无效：凭证验证未通过", tone: "status-bad" },
  unverifiable: { en: "Could not be checked", zh: "暂时无法验证", tone: "status-unknown" },
};

// GET /[lang]/verify/[id] – public verification page for a certificate (no account needed).
export default async function VerifyPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await routeLocale(params);
  const { id } = await params;
  const t = messages(lang);
  const { record, track, verification, standing } = await getPublicCredential(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const credential = record.document as unknown as OpenBadgeCredential;
  const achievement = credential.credentialSubject.achievement;
  const results = credential.credentialSubject.result ?? [];
  const standingText = STANDING_TEXT[standing];

  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <h1>{t.verifyTitle}</h1>
      <section className="certificate" aria-labelledby="standing">
        <p id="standing" className={standingText.tone} style={{ fontSize: "1.6rem", fontWeight: 700, margin: "0 0 16px" }} data-testid="credential-status">
          {standingText[lang]}
        </p>
        {standing === "revoked" && record.revocationReason ? <p>{record.revocationReason}</p> : null}
        <dl>
          <dt>{t.holder}</dt>
          <dd data-testid="holder">{record.user.name}</dd>
          <dt>{t.achievement}</dt>
          <dd data-testid="achievement">{track ? track.title[lang] : achievement.name}</dd>
          <dt>{t.issuer}</dt>
          <dd>
            {typeof credential.issuer === "string" ? credential.issuer : credential.issuer.name} <span className="muted small">({typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id})</span>
          </dd>
          <dt>{t.issued}</dt>
          <dd data-testid="issued">{formatDate(record.issuedAt, lang)}</dd>
          <dt>{t.validUntil}</dt>
          <dd>{formatDate(record.validUntil, lang)}</dd>
          <dt>{lang === "zh" ? "内容版本" : "Content version"}</dt>
          <dd>{record.contentVersion}</dd>
        </dl>
        {track ? (
          <>
            <h2>{lang === "zh" ? "能力" : "Competencies"}</h2>
            <ul>
              {track.competencies.map((c) => (
                <li key={c.id}>{c.name[lang]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {results.length ? (
          <>
            <h2>{lang === "zh" ? "成绩" : "Results"}</h2>
            <ul>
              {results
                .filter((r) => r.resultDescription?.includes("#result-"))
                .map((r) => {
                  const description = achievement.resultDescription?.find((d) => d.id === r.resultDescription);
                  return (
                    <li key={r.resultDescription}>
                      {description?.name}: {r.value}%
                    </li>
                  );
                })}
            </ul>
          </>
        ) : null}
      </section>
      <h2>{lang === "zh" ? "验证检查" : "Checks"}</h2>
      <ul className="list" data-testid="checks">
        {verification.checks.map((check) => (
          <li key={check.check}>
            <span>
              <strong>{check.check}</strong> — <span className="small">{check.reason}</span>
            </span>
            <span className={`pill ${check.ok === true ? "good" : check.ok === false ? "bad" : "warn"}`}>{check.ok === true ? "✓" : check.ok === false ? "✗" : "?"}</span>
          </li>
        ))}
      </ul>
      <p className="no-print" style={{ display: "flex", gap: 12, flexWrap: "wrap", marginTop: 20 }}>
        <a className="button" href={`/api/credentials/${record.publicId}?download`} download>
          {t.downloadJson}
        </a>
      </p>
    </div>
  );
}
