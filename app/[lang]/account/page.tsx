import { ActionForm } from "@/components/ui/action-form";
import { LOCALES, type Locale } from "@/domain/content/locale";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { updateProfileAction } from "./actions";

// Each language named in itself (an endonym, the same on every page), as the language switch does.
const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", zh: "中文" };

// GET /[lang]/account – the signed-in user's own account: display name and preferred language.
export default async function AccountPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const actor = await authorizePage(lang, `/${lang}/account`);
  const t = translator(lang);
  return (
    <div className="narrow">
      <h1>{t("account.accountTitle")}</h1>
      <p className="lead">{t("account.accountLead")}</p>
      <p className="muted">{actor.email}</p>
      <ActionForm action={updateProfileAction.bind(null, lang)} submitLabel={t("account.saveProfile")} successText={t("account.profileSaved")}>
        <div className="field">
          <label htmlFor="account-name">{t("common.name")}</label>
          <input id="account-name" name="name" defaultValue={actor.name} required maxLength={100} autoComplete="name" />
        </div>
        <div className="field">
          <label htmlFor="account-locale">{t("account.preferredLanguage")}</label>
          <select id="account-locale" name="locale" defaultValue={actor.locale}>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGE_NAMES[locale]}
              </option>
            ))}
          </select>
        </div>
      </ActionForm>
    </div>
  );
}
