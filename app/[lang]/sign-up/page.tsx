import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { messages } from "@/lib/messages";
import { routeLocale } from "@/lib/route-locale";
import { safeReturnPath } from "@/lib/safe-return-path";
import { currentActor } from "@/server/authorize";
import { signUpAction } from "./actions";

// GET /[lang]/sign-up – public; a signed-in user is sent on.
export default async function SignUpPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = messages(lang);
  const next = safeReturnPath((await searchParams).next, `/${lang}`);
  if (await currentActor()) redirect(next);
  return (
    <div className="narrow">
      <h1>{t.signUp}</h1>
      <SignUpForm
        lang={lang}
        next={next}
        action={signUpAction.bind(null, lang)}
        labels={{ name: t.name, email: t.email, password: t.password, passwordHint: t.passwordHint, submit: t.signUp, busy: t.creatingAccount }}
      />
      <p className="muted">
        {t.haveAccount} <Link href={`/${lang}/sign-in?next=${encodeURIComponent(next)}`}>{t.signIn}</Link>
      </p>
    </div>
  );
}
