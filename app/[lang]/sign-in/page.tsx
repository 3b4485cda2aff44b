import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { translate } from "@/lib/i18n/translate";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { safeReturnPath } from "@/lib/safe-return-path";
import { currentActor } from "@/server/authorize";

// GET /[lang]/sign-in – public; a signed-in user is sent on.
export default async function SignInPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = messages(lang);
  const next = safeReturnPath((await searchParams).next, `/${lang}`);
  if (await currentActor()) redirect(next);
  return (
    <div className="narrow">
      <h1>{t.signIn}</h1>
      <SignInForm lang={lang} next={next} labels={{ email: t.email, password: t.password, submit: t.signIn, busy: t.signingIn }} />
      <p>
        <Link href={`/${lang}/forgot-password`}>{translate(lang, "account.forgotLink")}</Link>
      </p>
      <p className="muted">
        {t.noAccount} <Link href={`/${lang}/sign-up?next=${encodeURIComponent(next)}`}>{t.signUp}</Link>
      </p>
    </div>
  );
}
