import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { safeReturnPath } from "@/lib/safe-return-path";
import { currentActor } from "@/server/authorize";

// GET /[lang]/sign-in – public; a signed-in user is sent on.
export default async function SignInPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const next = safeReturnPath((await searchParams).next, `/${lang}`);
  if (await currentActor()) redirect(next);
  return (
    <div className="narrow">
      <h1>{t("common.signIn")}</h1>
      <SignInForm lang={lang} next={next} labels={{ email: t("common.email"), password: t("common.password"), submit: t("common.signIn"), busy: t("common.signingIn"), refused: t("errors.wrongCredentials"), failed: t("errors.unexpectedTryAgain") }} />
      <p>
        <Link href={`/${lang}/forgot-password`}>{t("account.forgotLink")}</Link>
      </p>
      <p className="muted">
        {t("common.noAccount")} <Link href={`/${lang}/sign-up?next=${encodeURIComponent(next)}`}>{t("common.signUp")}</Link>
      </p>
    </div>
  );
}
