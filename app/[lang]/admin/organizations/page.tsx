import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { orgMessages } from "@/lib/org-messages";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { organizationsOf } from "@/server/organizations/org-access";
import { createOrganizationAction } from "./actions";

// GET /[lang]/admin/organizations – platform admins create universities and companies.
export default async function AdminOrganizationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = orgMessages(lang);
  const actor = await authorizePage(lang, `/${lang}/admin/organizations`, { roles: ["PLATFORM_ADMIN"] });
  const organizations = await organizationsOf(actor);
  return (
    <>
      <h1>{t.organizations}</h1>
      <ul className="list">
        {organizations.map((o) => (
          <li key={o.id}>
            <Link href={`/${lang}/org/${o.id}`}>{o.name}</Link>
            <span className="pill">{o.kind === "UNIVERSITY" ? t.university : t.company}</span>
          </li>
        ))}
      </ul>
      <h2>{t.newOrganization}</h2>
      <ActionForm lang={lang} action={createOrganizationAction.bind(null, lang)} submitLabel={t.create} busyLabel={t.creating} successText={t.saved}>
        <div className="field">
          <label htmlFor="org-name">{t.orgName}</label>
          <input id="org-name" name="name" type="text" required />
        </div>
        <div className="field">
          <label htmlFor="org-kind">{t.orgKind}</label>
          <select id="org-kind" name="kind" defaultValue="UNIVERSITY">
            <option value="UNIVERSITY">{t.university}</option>
            <option value="COMPANY">{t.company}</option>
          </select>
        </div>
      </ActionForm>
    </>
  );
}
