import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getPasswordSetup } from "@/server/services/set-password-with-token";
import { SetPasswordForm } from "@/components/org/set-password-form";
import { setPasswordAction } from "./actions";
import { IdSchema } from "@/server/validation";

// GET /[lang]/welcome/[token] – a one-time link to set the password of an account an organization created.
export default async function WelcomePage({ params }: { params: Promise<{ lang: string; token: string }> }) {
  const lang = await routeLocale(params);
  const { token } = await routeParams(params, { token: IdSchema });
  const t = translator(lang);
  const who = await loadOrNotFound(() => getPasswordSetup(token));
  return (
    <div className="narrow">
      <h1>{t("org.welcomeTitle")}</h1>
      <p className="lead">{t("org.welcomeLead", { name: who.name, email: who.email })}</p>
      <SetPasswordForm
        lang={lang}
        action={setPasswordAction.bind(null, token)}
        labels={{ password: t("org.newPassword"), hint: t("common.passwordHint"), submit: t("org.setPassword"), done: t("org.passwordSet"), signIn: t("common.signIn") }}
      />
    </div>
  );
}
