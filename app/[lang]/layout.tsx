import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { isLocale, LOCALE_TAGS } from "@/domain/content/locale";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { currentActor } from "@/server/authorize";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getHeaderStatus } from "@/server/services/get-header-status";
import "../globals.css";
import "../cohorts.css";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const t = translator(isLocale(lang) ? lang : "en");
  const brand = t("common.brand");
  return { title: { default: `${brand} — ${t("common.tagline")}`, template: `%s · ${brand}` }, description: t("common.heroBody") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const actor = await currentActor();
  const status = actor ? await getHeaderStatus(actor) : null;
  return (
    <html lang={LOCALE_TAGS[lang]}>
      <body>
        <a className="skip-link" href="#main">
          {t("learn.skipToContent")}
        </a>
        <header className="site-header">
          <div className="bar">
            <Link className="brand" href={`/${lang}`}>
              Border<span>less</span>
            </Link>
            <nav className="site-nav" aria-label={t("learn.mainNavigation")}>
              <Link href={`/${lang}#tracks`}>{t("common.tracks")}</Link>
              <Link href={`/${lang}/search`}>{t("learn.navSearch")}</Link>
              {actor ? (
                <>
                  <Link href={`/${lang}/cohorts`}>{t("learn.navCohorts")}</Link>
                  <Link href={`/${lang}/certificates`}>{t("learn.navCertificates")}</Link>
                  {status?.isStaff ? <Link href={`/${lang}/org`}>{t("learn.navOrganizations")}</Link> : null}
                  {status?.isStaff ? <Link href={`/${lang}/grading`}>{t("learn.navGrading")}</Link> : null}
                  {actor.role === "PLATFORM_ADMIN" ? <Link href={`/${lang}/admin`}>{t("learn.navAdmin")}</Link> : null}
                  <Link className="bell" href={`/${lang}/notifications`} data-testid="notification-bell">
                    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                    </svg>
                    <span className="visually-hidden">{t("learn.notifications")}</span>
                    {status?.unread ? (
                      <span className="count" data-testid="notification-count">
                        {status.unread}
                        <span className="visually-hidden">{t("learn.unreadSuffix")}</span>
                      </span>
                    ) : null}
                  </Link>
                  <span className="muted small" data-testid="signed-in-as">
                    {actor.name}
                  </span>
                  <SignOutButton label={t("common.signOut")} lang={lang} />
                </>
              ) : (
                <>
                  <Link href={`/${lang}/sign-in`}>{t("common.signIn")}</Link>
                  <Link href={`/${lang}/sign-up`}>{t("common.signUp")}</Link>
                </>
              )}
              <Suspense>
                <LanguageSwitch current={lang} label={t("common.language")} />
              </Suspense>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div>
            {t("common.brand")} · {t("common.tagline")}
          </div>
        </footer>
      </body>
    </html>
  );
}
