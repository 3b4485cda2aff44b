import Link from "next/link";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";

const TOOLS: { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: "organizations", title: "admin.organizationsTool", text: "admin.organizationsToolText" },
  { href: "credentials", title: "admin.certificatesTool", text: "admin.certificatesToolText" },
  { href: "regrade", title: "admin.regradeTool", text: "admin.regradeToolText" },
];

// GET /[lang]/admin – the platform admin's tools.
export default async function AdminPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  await authorizePage(lang, `/${lang}/admin`, { roles: ["PLATFORM_ADMIN"] });
  const t = translator(lang);
  return (
    <>
      <h1>{t("admin.platformAdmin")}</h1>
      <div className="cards">
        {TOOLS.map((tool) => (
          <article className="card" key={tool.href}>
            <h2>
              <Link href={`/${lang}/admin/${tool.href}`}>{t(tool.title)}</Link>
            </h2>
            <p className="muted">{t(tool.text)}</p>
          </article>
        ))}
      </div>
    </>
  );
}
