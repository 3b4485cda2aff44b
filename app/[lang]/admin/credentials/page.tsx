import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { isLocale } from "@/domain/content/locale";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { searchCredentials } from "@/server/services/search-credentials";
import { RevokeCredentialForm } from "@/components/certificate/revoke-credential-form";
import { revokeCredentialAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: translator(isLocale(lang) ? lang : "en")("admin.certificatesTitle"), robots: { index: false } };
}

// GET /[lang]/admin/credentials – platform admins (all) and org admins (their learners') search and revoke certificates.
export default async function AdminCredentialsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const lang = await routeLocale(params);
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const actor = await authorizePage(lang, `/${lang}/admin/credentials${q ? `?q=${encodeURIComponent(q)}` : ""}`);
  // Platform admins see all certificates, org admins their learners'; anyone else gets a 404.
  const credentials = await searchCredentials(actor, q).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "FORBIDDEN") notFound();
    throw error;
  });
  const catalog = loadCatalog();
  const t = translator(lang);
  return (
    <>
      <h1>{t("admin.certificatesTitle")}</h1>
      <form method="get" style={{ display: "flex", gap: 8, marginBottom: 16 }} role="search">
        <label className="visually-hidden" htmlFor="q">
          {t("admin.searchLabel")}
        </label>
        <input id="q" name="q" defaultValue={q} placeholder={t("admin.searchLabel")} style={{ flex: 1 }} />
        <button type="submit">{t("admin.search")}</button>
      </form>
      {credentials.length === 0 ? <p className="muted">{t("admin.noMatches")}</p> : null}
      <ul className="list" data-testid="admin-credentials">
        {credentials.map((c) => (
          <li key={c.publicId} className="card" style={{ display: "grid", gap: 8 }}>
            <div>
              <Link href={`/${lang}/verify/${c.publicId}`}>{c.publicId}</Link> · {c.user.name} ({c.user.email}) · {catalog.track(c.trackId)?.title[lang] ?? c.trackId} v{c.contentVersion}
              <div className="small muted">
                {t("admin.issuedOn", { date: formatDate(c.issuedAt, lang) })} · {t("admin.validUntil", { date: formatDate(c.validUntil, lang) })}
                {c.renewedBy ? ` · ${t("admin.renewedAs", { id: c.renewedBy.publicId })}` : ""}
              </div>
            </div>
            {c.revokedAt ? (
              <p className="small">
                <span className="pill bad">{t("admin.revoked")}</span> {formatDate(c.revokedAt, lang)}: <span data-allow-english>{c.revocationReason}</span>
              </p>
            ) : (
              <RevokeCredentialForm
                action={revokeCredentialAction.bind(null, lang, c.publicId)}
                labels={{ reason: t("admin.revocationReason"), revoke: t("admin.revoke"), done: t("admin.revoked") }}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
