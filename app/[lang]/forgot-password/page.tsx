import { ActionForm } from "@/components/ui/action-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { requestPasswordResetAction } from "./actions";

// GET /[lang]/forgot-password – public; asks for the email that gets a reset link.
export default async function ForgotPasswordPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  return (
    <div className="narrow">
      <h1>{t("account.forgotTitle")}</h1>
      <p className="lead">{t("account.forgotLead")}</p>
      <ActionForm action={requestPasswordResetAction.bind(null, lang)} submitLabel={t("account.forgotSubmit")} busyLabel={t("account.forgotBusy")} successText={t("account.forgotSent")}>
        <div className="field">
          <label htmlFor="forgot-email">{t("common.email")}</label>
          <input id="forgot-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        </div>
      </ActionForm>
    </div>
  );
}
