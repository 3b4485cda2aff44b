import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { safeReturnPath } from "@/lib/safe-return-path";
import { currentActor } from "@/server/authorize";
import { signUpAction } from "./actions";

// GET /[lang]/sign-up – public; a signed-in user is sent on.
export default async function SignUpPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const next = safeReturnPath((await searchParams).next, `/${lang}`);
  if (await currentActor()) redirect(next);
  return (
    <div className="narrow">
      <h1>{t("common.signUp")}</h1>
      <SignUpForm
        lang={lang}
        next={next}
        action={signUpAction.bind(null, lang)}
        labels={{ name: t("common.name"), email: t("common.email"), password: t("common.password"), passwordHint: t("common.passwordHint"), submit: t("common.signUp"), busy: t("common.creatingAccount") }}
      />
      <p className="muted">
        {t("common.haveAccount")} <Link href={`/${lang}/sign-in?next=${encodeURIComponent(next)}`}>{t("common.signIn")}</Link>
      </p>
    </div>
  );
}
