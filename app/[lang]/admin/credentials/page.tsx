import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { searchCredentials } from "@/server/services/search-credentials";
import { RevokeCredentialForm } from "@/components/certificate/revoke-credential-form";
import { revokeCredentialAction } from "./actions";

export const metadata: Metadata = { title: "Certificates", robots: { index: false } };

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
  const zh = lang === "zh";
  return (
    <>
      <h1>{zh ? "证书管理" : "Certificates"}</h1>
      <form method="get" style={{ display: "flex", gap: 8, marginBottom: 16 }} role="search">
        <label className="visually-hidden" htmlFor="q">
          {zh ? "证书编号或持有人邮箱" : "Certificate id or holder email"}
        </label>
        <input id="q" name="q" defaultValue={q} placeholder={zh ? "证书编号或持有人邮箱" : "Certificate id or holder email"} style={{ flex: 1 }} />
        <button type="submit">{zh ? "搜索" : "Search"}</button>
      </form>
      {credentials.length === 0 ? <p className="muted">{zh ? "没有匹配的证书。" : "No certificates match."}</p> : null}
      <ul className="list" data-testid="admin-credentials">
        {credentials.map((c) => (
          <li key={c.publicId} className="card" style={{ display: "grid", gap: 8 }}>
            <div>
              <Link href={`/${lang}/verify/${c.publicId}`}>{c.publicId}</Link> · {c.user.name} ({c.user.email}) · {catalog.track(c.trackId)?.title[lang] ?? c.trackId} v{c.contentVersion}
              <div className="small muted">
                {zh ? "颁发" : "Issued"} {formatDate(c.issuedAt, lang)} · {zh ? "有效期至" : "valid until"} {formatDate(c.validUntil, lang)}
                {c.renewedBy ? ` · ${zh ? "已续期为" : "renewed as"} ${c.renewedBy.publicId}` : ""}
              </div>
            </div>
            {c.revokedAt ? (
              <p className="small">
                <span className="pill bad">{zh ? "已撤销" : "Revoked"}</span> {formatDate(c.revokedAt, lang)}: {c.revocationReason}
              </p>
            ) : (
              <RevokeCredentialForm
                action={revokeCredentialAction.bind(null, lang, c.publicId)}
                labels={zh ? { reason: "撤销原因（验证者可见）", revoke: "撤销", done: "已撤销" } : { reason: "Reason (shown to verifiers)", revoke: "Revoke", done: "Revoked" }}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
