import type { Metadata } from "next";
import { translator } from "@/lib/i18n/translate";
import { isLocale } from "@/domain/content/locale";
import { routeLocale } from "@/lib/route-locale";
import { VerifyCredentialForm } from "@/components/certificate/verify-credential-form";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: translator(isLocale(lang) ? lang : "en")("verify.verifyCredentialTitle") };
}

// GET /[lang]/verify – verify a credential by paste or upload, or many certificate ids by CSV (public).
export default async function VerifyCredentialPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  return (
    <div className="narrow" style={{ maxWidth: 820 }}>
      <h1>{t("verify.verifyCredentialTitle")}</h1>
      <p className="lead">{t("verify.verifyCredentialLead")}</p>
      <VerifyCredentialForm
        lang={lang}
        labels={{
          paste: t("verify.pasteCredential"),
          file: t("verify.uploadCredential"),
          submit: t("verify.verifyButton"),
          status: { valid: t("verify.resultValid"), invalid: t("verify.resultInvalid"), unverifiable: t("verify.resultUnverifiable") },
          issuedHere: t("verify.issuersRecord"),
          unreachable: t("verify.serviceUnreachable"),
          checkNames: { schema: t("verify.checkSchema"), signature: t("verify.checkSignature"), "issuer-key": t("verify.checkIssuerKey"), status: t("verify.checkStatus"), dates: t("verify.checkDates") },
          outcomes: { passed: t("verify.outcomePassed"), failed: t("verify.outcomeFailed"), notChecked: t("verify.outcomeNotChecked") },
        }}
      />
      <h2>{t("verify.bulkTitle")}</h2>
      <p>{t("verify.bulkLead")}</p>
      <form className="card" method="post" action={`/api/verify/bulk?lang=${lang}`} encType="multipart/form-data" style={{ display: "grid", gap: 12 }} data-testid="bulk-form">
        <label className="field">
          <span>{t("verify.csvFile")}</span>
          <input type="file" name="file" accept=".csv,text/csv,text/plain" required />
        </label>
        <div>
          <button type="submit">{t("verify.downloadResults")}</button>
        </div>
      </form>
    </div>
  );
}
