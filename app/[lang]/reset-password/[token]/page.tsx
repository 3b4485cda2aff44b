import { SetPasswordForm } from "@/components/org/set-password-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getPasswordReset } from "@/server/services/reset-password";
import { IdSchema } from "@/server/validation";
import { resetPasswordAction } from "./actions";

// GET /[lang]/reset-password/[token] – public; the emailed one-time link to choose a new password.
export default async function ResetPasswordPage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const lang = await routeLocale(params);
  const { token } = await routeParams(params, { token: IdSchema });
  const t = translator(lang);
  const reset = await loadOrNotFound(() => getPasswordReset(token));
  return (
    <div className="narrow">
      <h1>{t("account.resetTitle")}</h1>
      <p className="lead">{t("account.resetLead", { email: reset.email })}</p>
      <SetPasswordForm
        lang={lang}
        action={resetPasswordAction.bind(null, lang, token)}
        labels={{ password: t("org.newPassword"), hint: t("common.passwordHint"), submit: t("account.resetSubmit"), done: t("account.resetDone"), signIn: t("common.signIn") }}
      />
    </div>
  );
}
