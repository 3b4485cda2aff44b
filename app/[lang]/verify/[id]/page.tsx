import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { OpenBadgeCredential } from "@/domain/credentials";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { linkedInAddToProfileUrl } from "@/lib/linkedin";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { currentActor } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { AppError } from "@/server/errors";
import { ISSUER_NAME, verifyPageUrl } from "@/server/issuer";
import { getHolderRenewal } from "@/server/services/credential-currency";
import { getPublicCredential, RECORDS_UNREACHABLE, standingReason, type CredentialStanding } from "@/server/services/get-public-credential";
import { ActionForm } from "@/components/ui/action-form";
import { VerificationChecks } from "@/components/certificate/verification-checks";
import { ShareCertificate } from "@/components/certificate/share-certificate";
import { renewCertificateAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { IdSchema } from "@/server/validation";

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
  const { id } = await routeParams(params, { id: IdSchema });
  const t = messages(lang);
  const found = await getPublicCredential(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "UNAVAILABLE") return null;
    throw error;
  });
  if (!found) {
    // The issuer's records are unreachable: say so, never "valid" and never a raw error.
    return (
      <div className="narrow" style={{ maxWidth: 820 }}>
        <h1>{t.verifyTitle}</h1>
        <section className="certificate" aria-labelledby="standing">
          <p id="standing" className={STANDING_TEXT.unverifiable.tone} style={{ fontSize: "1.6rem", fontWeight: 700, margin: "0 0 16px" }} data-testid="credential-status">
            {STANDING_TEXT.unverifiable[lang]}
          </p>
          <p data-testid="standing-reason">
            {lang === "zh" ? "颁发方的记录暂时无法读取，因此现在无法核验此证书。请稍后再试。" : RECORDS_UNREACHABLE}
          </p>
        </section>
      </div>
    );
  }
  const { record, track, verification, standing, currency } = found;
  const credential = record.document as unknown as OpenBadgeCredential;
  const achievement = credential.credentialSubject.achievement;
  const results = credential.credentialSubject.result ?? [];
  const standingText = STANDING_TEXT[standing];
  const reason = standingReason(standing, { revocationReason: record.revocationReason, renewedBy: record.renewedBy?.publicId ?? null, currency, verification });
  const actor = await currentActor();
  const renewal = actor?.id === record.userId && currency.outdated ? await getHolderRenewal(actor, record.publicId) : null;
  const catalog = loadCatalog();
  const url = verifyPageUrl(record.publicId);

  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <h1>{t.verifyTitle}</h1>
      <section className="certificate" aria-labelledby="standing">
        <p id="standing" className={standingText.tone} style={{ fontSize: "1.6rem", fontWeight: 700, margin: "0 0 16px" }} data-testid="credential-status">
          {standingText[lang]}
        </p>
        {standing !== "valid" ? (
          <p data-testid="standing-reason">
            {reason}
            {record.renewedBy ? (
              <>
                {" "}
                <Link href={`/${lang}/verify/${record.renewedBy.publicId}`}>{lang === "zh" ? "查看新证书" : "See the new certificate"}</Link>
              </>
            ) : null}
          </p>
        ) : null}
        {record.renewedFrom ? (
          <p className="small muted">
            {lang === "zh" ? "续期自" : "Renews"} <Link href={`/${lang}/verify/${record.renewedFrom.publicId}`}>{record.renewedFrom.publicId}</Link>
          </p>
        ) : null}
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
      <VerificationChecks checks={verification.checks} lang={lang} testId="checks" />
      <p className="no-print" style={{ display: "flex", gap: 12, flexWrap: "wrap", marginTop: 20 }}>
        {record.pdf ? (
          <a className="button" href={`/api/credentials/${record.publicId}/pdf`} download data-testid="download-pdf">
            {lang === "zh" ? "下载 PDF 证书" : "Download PDF certificate"}
          </a>
        ) : null}
        <a className="button" href={`/api/credentials/${record.publicId}?download`} download>
          {t.downloadJson}
        </a>
        <Link href={`/${lang}/verify`}>{lang === "zh" ? "验证其他凭证" : "Verify another credential"}</Link>
      </p>
      <ShareCertificate
        url={url}
        linkedInUrl={linkedInAddToProfileUrl({ name: track?.title.en ?? achievement.name, organizationName: ISSUER_NAME, issuedAt: record.issuedAt, validUntil: record.validUntil, certUrl: url, certId: record.publicId })}
        labels={
          lang === "zh"
            ? { title: "分享", copy: "复制链接", copied: "已复制", linkedIn: "添加到 LinkedIn" }
            : { title: "Share", copy: "Copy link", copied: "Copied", linkedIn: "Add to LinkedIn" }
        }
      />
      {renewal ? (
        <section className="card no-print" aria-labelledby="update-path" data-testid="update-path" style={{ marginTop: 20 }}>
          <h2 id="update-path">{lang === "zh" ? "更新路径" : "Your update path"}</h2>
          <p className="small">
            {lang === "zh"
              ? "自颁发以来，本证书涵盖的规则或内容已变更。重新通过下列案例即可续期，无需重修整个课程。"
              : "Rules or content this certificate covers changed since it was issued. Pass these cases again to renew it, no full retake needed."}
          </p>
          {renewal.path.cases.length ? (
            <ul className="list">
              {renewal.path.cases.map((c) => (
                <li key={c.simulationId}>
                  <Link href={`/${lang}/tracks/${renewal.track.id}/cases/${c.simulationId}`}>{catalog.simulation(c.simulationId)?.title[lang] ?? c.simulationId}</Link>
                  <span className={`pill ${c.done ? "good" : "warn"}`}>{c.done ? (lang === "zh" ? "已完成" : "done") : c.reasons.join(", ")}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {renewal.path.lessons.length ? (
            <>
              <h3>{lang === "zh" ? "已修订的课程" : "Revised lessons"}</h3>
              <ul className="list">
                {renewal.path.lessons.map((lesson) => (
                  <li key={lesson.lessonId}>
                    <Link href={`/${lang}/tracks/${renewal.track.id}/lessons/${lesson.lessonId}`}>
                      {renewal.track.moduleList.flatMap((m) => m.lessonList).find((l) => l.id === lesson.lessonId)?.title[lang] ?? lesson.lessonId}
                    </Link>
                    <span className="small muted">{formatDate(lesson.lastReviewed, lang)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {renewal.canRenew ? (
            <ActionForm lang={lang} className="" submitLabel={lang === "zh" ? "续期证书" : "Renew certificate"} action={renewCertificateAction.bind(null, lang, record.publicId)} />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
