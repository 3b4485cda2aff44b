import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { OpenBadgeCredential } from "@/domain/credentials";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { linkedInAddToProfileUrl } from "@/lib/linkedin";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { currentActor } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { AppError } from "@/server/errors";
import { ISSUER_NAME, verifyPageUrl } from "@/server/issuer";
import { getHolderRenewal } from "@/server/services/credential-currency";
import { checkText, standingText } from "@/server/certificates/verification-text";
import { getPublicCredential, type CredentialStanding } from "@/server/services/get-public-credential";
import { ActionForm } from "@/components/ui/action-form";
import { VerificationChecks } from "@/components/certificate/verification-checks";
import { ShareCertificate } from "@/components/certificate/share-certificate";
import { renewCertificateAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { IdSchema } from "@/server/validation";

export const metadata: Metadata = { robots: { index: false } };

const STANDING_TEXT: Record<CredentialStanding, { label: MessageKey; tone: string }> = {
  valid: { label: "verify.standingValid", tone: "status-valid" },
  revoked: { label: "verify.standingRevoked", tone: "status-bad" },
  expired: { label: "verify.standingExpired", tone: "status-bad" },
  superseded: { label: "verify.standingSuperseded", tone: "status-unknown" },
  outdated: { label: "verify.standingOutdated", tone: "status-bad" },
  invalid: { label: "verify.standingInvalid", tone: "status-bad" },
  unverifiable: { label: "verify.standingUnverifiable", tone: "status-unknown" },
};

const UPDATE_REASONS: Record<"rule-changed" | "case-revised" | "new-case", MessageKey> = {
  "rule-changed": "verify.updateReasonRuleChanged",
  "case-revised": "verify.updateReasonCaseRevised",
  "new-case": "verify.updateReasonNewCase",
};

// GET /[lang]/verify/[id] – public verification page for a certificate (no account needed).
export default async function VerifyPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await routeLocale(params);
  const { id } = await routeParams(params, { id: IdSchema });
  const t = translator(lang);
  const found = await getPublicCredential(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "UNAVAILABLE") return error;
    throw error;
  });
  if (found instanceof AppError) {
    // The issuer's records are unreachable: say so, never "valid" and never a raw error.
    return (
      <div className="narrow" style={{ maxWidth: 820 }}>
        <h1>{t("common.verifyTitle")}</h1>
        <section className="certificate" aria-labelledby="standing">
          <p id="standing" className={STANDING_TEXT.unverifiable.tone} style={{ fontSize: "1.6rem", fontWeight: 700, margin: "0 0 16px" }} data-testid="credential-status">
            {t(STANDING_TEXT.unverifiable.label)}
          </p>
          <p data-testid="standing-reason">{found.localizedMessage(lang)}</p>
        </section>
      </div>
    );
  }
  const { record, track, verification, standing, currency } = found;
  const credential = record.document as unknown as OpenBadgeCredential;
  const achievement = credential.credentialSubject.achievement;
  const results = credential.credentialSubject.result ?? [];
  const standingLabel = STANDING_TEXT[standing];
  const reason = standingText(standing, { revocationReason: record.revocationReason, renewedBy: record.renewedBy?.publicId ?? null, currency, verification }, lang);
  const issuerDid = typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id;
  const issuerName = typeof credential.issuer === "string" ? ISSUER_NAME : credential.issuer.name;
  // Case titles come from the catalogue in the reader's language; the signed document has English names.
  const resultPrefix = `${achievement.id}#result-`;
  const actor = await currentActor();
  const renewal = actor?.id === record.userId && currency.outdated ? await getHolderRenewal(actor, record.publicId) : null;
  const catalog = loadCatalog();
  const url = verifyPageUrl(record.publicId);

  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <h1>{t("common.verifyTitle")}</h1>
      <section className="certificate" aria-labelledby="standing">
        <p id="standing" className={standingLabel.tone} style={{ fontSize: "1.6rem", fontWeight: 700, margin: "0 0 16px" }} data-testid="credential-status">
          {t(standingLabel.label)}
        </p>
        {standing !== "valid" ? (
          <p data-testid="standing-reason">
            {reason.text}
            {reason.revocationReason ? (
              <>
                {" "}
                {/* The admin's own words, in whatever language they wrote them. */}
                <span data-allow-english data-testid="revocation-reason">
                  {reason.revocationReason}
                </span>
              </>
            ) : null}
            {reason.detail ? (
              <>
                {" "}
                <span className="small muted" lang="en">
                  {reason.detail}
                </span>
              </>
            ) : null}
            {record.renewedBy ? (
              <>
                {" "}
                <Link href={`/${lang}/verify/${record.renewedBy.publicId}`}>{t("verify.seeNewCertificate")}</Link>
              </>
            ) : null}
          </p>
        ) : null}
        {record.renewedFrom ? (
          <p className="small muted">
            {t("verify.renews")} <Link href={`/${lang}/verify/${record.renewedFrom.publicId}`}>{record.renewedFrom.publicId}</Link>
          </p>
        ) : null}
        <dl>
          <dt>{t("common.holder")}</dt>
          <dd data-testid="holder">{record.user.name}</dd>
          <dt>{t("common.achievement")}</dt>
          <dd data-testid="achievement">{track ? track.title[lang] : achievement.name}</dd>
          <dt>{t("common.issuer")}</dt>
          <dd data-testid="issuer">
            {issuerName}{" "}
            <span className="muted small" translate="no">
              ({issuerDid})
            </span>
          </dd>
          <dt>{t("common.issued")}</dt>
          <dd data-testid="issued">{formatDate(record.issuedAt, lang)}</dd>
          <dt>{t("common.validUntil")}</dt>
          <dd>{formatDate(record.validUntil, lang)}</dd>
          <dt>{t("verify.contentVersion")}</dt>
          <dd>{record.contentVersion}</dd>
        </dl>
        {track ? (
          <>
            <h2>{t("verify.competencies")}</h2>
            <ul>
              {track.competencies.map((c) => (
                <li key={c.id}>{c.name[lang]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {results.length ? (
          <>
            <h2>{t("verify.results")}</h2>
            <ul data-testid="results">
              {results
                .filter((r) => r.resultDescription?.includes("#result-"))
                .map((r) => {
                  const simulationId = r.resultDescription?.startsWith(resultPrefix) ? r.resultDescription.slice(resultPrefix.length) : undefined;
                  const name = (simulationId && catalog.simulation(simulationId)?.title[lang]) ?? achievement.resultDescription?.find((d) => d.id === r.resultDescription)?.name ?? "";
                  return <li key={r.resultDescription}>{t("verify.resultLine", { name, value: String(r.value ?? "") })}</li>;
                })}
            </ul>
          </>
        ) : null}
      </section>
      <h2>{t("verify.checks")}</h2>
      <VerificationChecks checks={verification.checks.map((check) => checkText(check, lang))} testId="checks" />
      <p className="no-print" style={{ display: "flex", gap: 12, flexWrap: "wrap", marginTop: 20 }}>
        {record.pdf ? (
          <a className="button" href={`/api/credentials/${record.publicId}/pdf`} download data-testid="download-pdf">
            {t("verify.downloadPdf")}
          </a>
        ) : null}
        <a className="button" href={`/api/credentials/${record.publicId}?download`} download>
          {t("common.downloadJson")}
        </a>
        <Link href={`/${lang}/verify`}>{t("verify.verifyAnother")}</Link>
      </p>
      <ShareCertificate
        url={url}
        linkedInUrl={linkedInAddToProfileUrl({ name: track?.title.en ?? achievement.name, organizationName: ISSUER_NAME, issuedAt: record.issuedAt, validUntil: record.validUntil, certUrl: url, certId: record.publicId })}
        labels={{ title: t("verify.shareTitle"), copy: t("verify.copyLink"), copied: t("verify.copied"), linkedIn: t("verify.addToLinkedIn") }}
      />
      {renewal ? (
        <section className="card no-print" aria-labelledby="update-path" data-testid="update-path" style={{ marginTop: 20 }}>
          <h2 id="update-path">{t("verify.updatePath")}</h2>
          <p className="small">{t("verify.updatePathLead")}</p>
          {renewal.path.cases.length ? (
            <ul className="list">
              {renewal.path.cases.map((c) => (
                <li key={c.simulationId}>
                  <Link href={`/${lang}/tracks/${renewal.track.id}/cases/${c.simulationId}`}>{catalog.simulation(c.simulationId)?.title[lang] ?? c.simulationId}</Link>
                  <span className={`pill ${c.done ? "good" : "warn"}`}>{c.done ? t("verify.caseDone") : c.reasons.map((r) => t(UPDATE_REASONS[r])).join(t("verify.changeSeparator"))}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {renewal.path.lessons.length ? (
            <>
              <h3>{t("verify.revisedLessons")}</h3>
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
            <ActionForm className="" submitLabel={t("verify.renewCertificate")} action={renewCertificateAction.bind(null, lang, record.publicId)} />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
