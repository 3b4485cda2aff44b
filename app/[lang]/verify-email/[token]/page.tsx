import { ActionForm } from "@/components/ui/action-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getEmailVerification } from "@/server/services/verify-email";
import { IdSchema } from "@/server/validation";
import { verifyEmailAction } from "./actions";

// GET /[lang]/verify-email/[token] – public; the emailed link. Confirming is a button (a POST), so mail scanners that open links confirm nothing.
export default async function VerifyEmailPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const lang = await routeLocale(params);
  const { token } = await routeParams(params, { token: IdSchema });
  const t = translator(lang);
  const verification = await loadOrNotFound(() => getEmailVerification(token));
  return (
    <div className="narrow">
      <h1>{t("account.verifyTitle")}</h1>
      <p className="lead">{t("account.verifyLead", { email: verification.email })}</p>
      <ActionForm action={verifyEmailAction.bind(null, lang, token)} submitLabel={t("account.verifySubmit")} successText={t("account.verified")} />
    </div>
  );
}
