import Link from "next/link";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { cohortsTaughtBy, organizationsOf } from "@/server/organizations/org-access";

// GET /[lang]/org – the organizations and cohorts the signed-in person is staff of (empty for others).
export default async function OrganizationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const actor = await authorizePage(lang, `/${lang}/org`);
  const [organizations, cohorts] = await Promise.all([organizationsOf(actor), cohortsTaughtBy(actor)]);
  return (
    <>
      <h1>{t("org.organizations")}</h1>
      <p className="lead">{t("org.organizationsLead")}</p>
      {actor.role === "PLATFORM_ADMIN" ? (
        <p>
          <Link className="button secondary" href={`/${lang}/admin/organizations`}>
            {t("org.manageOrganizations")}
          </Link>
        </p>
      ) : null}
      {organizations.length === 0 ? <p>{t("org.notStaff")}</p> : null}
      <div className="cards">
        {organizations.map((o) => (
          <article className="card" key={o.id}>
            <p className="pill">{t("org.roleOf", { role: o.role })}</p>
            <h2>
              <Link href={`/${lang}/org/${o.id}`}>{o.name}</Link>
            </h2>
            <ul className="small">
              {cohorts
                .filter((c) => c.organizationId === o.id)
                .map((c) => (
                  <li key={c.id}>
                    <Link href={`/${lang}/org/${o.id}/cohorts/${c.id}`}>{c.name}</Link>
                  </li>
                ))}
            </ul>
          </article>
        ))}
      </div>
    </>
  );
}
