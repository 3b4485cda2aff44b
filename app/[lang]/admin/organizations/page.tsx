import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { organizationsOf } from "@/server/organizations/org-access";
import { createOrganizationAction } from "./actions";

// GET /[lang]/admin/organizations – platform admins create universities and companies.
export default async function AdminOrganizationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const actor = await authorizePage(lang, `/${lang}/admin/organizations`, { roles: ["PLATFORM_ADMIN"] });
  const organizations = await organizationsOf(actor);
  return (
    <>
      <h1>{t("org.organizations")}</h1>
      <ul className="list">
        {organizations.map((o) => (
          <li key={o.id}>
            <Link href={`/${lang}/org/${o.id}`}>{o.name}</Link>
            <span className="pill">{o.kind === "UNIVERSITY" ? t("org.university") : t("org.company")}</span>
          </li>
        ))}
      </ul>
      <h2>{t("org.newOrganization")}</h2>
      <ActionForm action={createOrganizationAction.bind(null, lang)} submitLabel={t("org.create")} busyLabel={t("org.creating")} successText={t("org.saved")}>
        <div className="field">
          <label htmlFor="org-name">{t("org.orgName")}</label>
          <input id="org-name" name="name" type="text" required />
        </div>
        <div className="field">
          <label htmlFor="org-kind">{t("org.orgKind")}</label>
          <select id="org-kind" name="kind" defaultValue="UNIVERSITY">
            <option value="UNIVERSITY">{t("org.university")}</option>
            <option value="COMPANY">{t("org.company")}</option>
          </select>
        </div>
      </ActionForm>
    </>
  );
}
