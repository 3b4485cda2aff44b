import type { Metadata } from "next";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { LOCALE_TAGS } from "@/domain/content/locale";
import { messages } from "@/lib/messages";
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
  const t = messages(lang === "zh" ? "zh" : "en");
  return { title: { default: `${t.brand} — ${t.tagline}`, template: `%s · ${t.brand}` }, description: t.heroBody };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = messages(lang);
  const actor = await currentActor();
  const status = actor ? await getHeaderStatus(actor) : null;
  return (
    <html lang={LOCALE_TAGS[lang]}>
      <body>
        <a className="skip-link" href="#main">
          {lang === "zh" ? "跳到正文" : "Skip to content"}
        </a>
        <header className="site-header">
          <div className="bar">
            <Link className="brand" href={`/${lang}`}>
              Border<span>less</span>
            </Link>
            <nav className="site-nav" aria-label={lang === "zh" ? "主导航" : "Main"}>
              <Link href={`/${lang}#tracks`}>{t.tracks}</Link>
              <Link href={`/${lang}/search`}>{lang === "zh" ? "搜索" : "Search"}</Link>
              {actor ? (
                <>
                  <Link href={`/${lang}/cohorts`}>{lang === "zh" ? "我的班级" : "Cohorts"}</Link>
                  <Link href={`/${lang}/certificates`}>{lang === "zh" ? "我的证书" : "Certificates"}</Link>
                  {status?.isStaff ? <Link href={`/${lang}/org`}>{lang === "zh" ? "机构" : "Organizations"}</Link> : null}
                  {status?.isStaff ? <Link href={`/${lang}/grading`}>{lang === "zh" ? "评分" : "Grading"}</Link> : null}
                  {actor.role === "PLATFORM_ADMIN" ? <Link href={`/${lang}/admin`}>{lang === "zh" ? "管理" : "Admin"}</Link> : null}
                  <Link className="bell" href={`/${lang}/notifications`} data-testid="notification-bell">
                    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
                    </svg>
                    <span className="visually-hidden">{lang === "zh" ? "通知" : "Notifications"}</span>
                    {status?.unread ? (
                      <span className="count" data-testid="notification-count">
                        {status.unread}
                        <span className="visually-hidden">{lang === "zh" ? " 条未读" : " unread"}</span>
                      </span>
                    ) : null}
                  </Link>
                  <span className="muted small" data-testid="signed-in-as">
                    {actor.name}
                  </span>
                  <SignOutButton label={t.signOut} lang={lang} />
                </>
              ) : (
                <>
                  <Link href={`/${lang}/sign-in`}>{t.signIn}</Link>
                  <Link href={`/${lang}/sign-up`}>{t.signUp}</Link>
                </>
              )}
              <Suspense>
                <LanguageSwitch current={lang} label={t.language} />
              </Suspense>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div>
            {t.brand} · {t.tagline}
          </div>
        </footer>
      </body>
    </html>
  );
}
