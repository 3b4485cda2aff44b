import { orgMessages } from "@/lib/org-messages";
import { messages } from "@/lib/messages";
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
  const t = orgMessages(lang);
  const who = await loadOrNotFound(() => getPasswordSetup(token));
  return (
    <div className="narrow">
      <h1>{t.welcomeTitle}</h1>
      <p className="lead">{t.welcomeLead(who.name, who.email)}</p>
      <SetPasswordForm
        lang={lang}
        action={setPasswordAction.bind(null, lang, token)}
        labels={{ password: t.newPassword, hint: messages(lang).passwordHint, submit: t.setPassword, done: t.passwordSet, signIn: messages(lang).signIn }}
      />
    </div>
  );
}
