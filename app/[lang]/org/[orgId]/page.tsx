import Link from "next/link";
import { AddMemberForm } from "@/components/org/add-member-form";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getOrganization } from "@/server/services/get-organization";
import { addMemberAction, createCohortAction, removeMemberAction } from "./actions";
import { IdSchema } from "@/server/validation";

// GET /[lang]/org/[orgId] – an organization's members and cohorts (its admins and instructors; others 404).
export default async function OrganizationPage({ params }: { params: Promise<{ lang: string; orgId: string }> }) {
  const lang = await routeLocale(params);
  const { orgId } = await routeParams(params, { orgId: IdSchema });
  const t = translator(lang);
  const actor = await authorizePage(lang, `/${lang}/org/${orgId}`);
  const org = await loadOrNotFound(() => getOrganization(actor, orgId));
  const isAdmin = org.viewerRole === "ORG_ADMIN";
  const catalog = loadCatalog();
  return (
    <>
      <p className="pill">{t("org.kindOf", { kind: org.kind })}</p>
      <h1 translate="no">{org.name}</h1>

      <h2>{t("org.cohorts")}</h2>
      {org.cohorts.length === 0 ? <p className="muted">{t("org.noCohorts")}</p> : null}
      <ul className="list" data-testid="cohort-list">
        {org.cohorts.map((c) => (
          <li key={c.id}>
            <Link href={`/${lang}/org/${org.id}/cohorts/${c.id}`}>{c.name}</Link>
            <span className="small muted">
              {formatDate(c.startsOn, lang)} – {formatDate(c.endsOn, lang)} · {t("org.learnerCount", { count: c._count.enrollments })}
            </span>
          </li>
        ))}
      </ul>

      {isAdmin ? (
        <details className="card" style={{ marginTop: 16 }}>
          <summary>
            <strong>{t("org.newCohort")}</strong>
          </summary>
          <ActionForm action={createCohortAction.bind(null, lang, org.id)} submitLabel={t("org.create")} busyLabel={t("org.creating")} successText={t("org.saved")} testId="new-cohort">
            <div className="field">
              <label htmlFor="cohort-name">{t("org.cohortName")}</label>
              <input id="cohort-name" name="name" type="text" required />
            </div>
            <fieldset className="field">
              <legend>{t("org.tracks")}</legend>
              <div className="checks">
                {catalog.tracks.map((track) => (
                  <label key={track.id}>
                    <input type="checkbox" name="trackIds" value={track.id} /> {track.title[lang]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor="cohort-start">{t("org.startsOn")}</label>
              <input id="cohort-start" name="startsOn" type="date" required />
            </div>
            <div className="field">
              <label htmlFor="cohort-end">{t("org.endsOn")}</label>
              <input id="cohort-end" name="endsOn" type="date" required />
            </div>
            <fieldset className="field">
              <legend>{t("org.deadlines")}</legend>
              <p className="hint">{t("org.deadlinesHint")}</p>
              {catalog.tracks.flatMap((track) =>
                track.moduleList.map((m) => (
                  <label key={`${track.id}/${m.id}`} style={{ justifyContent: "space-between" }}>
                    <span className="small">
                      {track.title[lang]} · {m.title[lang]}
                    </span>
                    <input type="date" name={`deadline:${track.id}/${m.id}`} aria-label={`${t("org.due")}: ${track.title[lang]} · ${m.title[lang]}`} />
                  </label>
                )),
              )}
            </fieldset>
          </ActionForm>
        </details>
      ) : null}

      <h2>{t("org.members")}</h2>
      <ul className="list">
        {org.memberships.map((m) => (
          <li key={m.user.id}>
            <span>
              <span translate="no">{m.user.name}</span> <span className="small muted">{m.user.email}</span>
              {m.user.unclaimed ? <span className="small muted"> · {t("org.notClaimed")}</span> : null}
            </span>
            <span className="inline-form">
              <span className="pill">{t("org.roleOf", { role: m.role })}</span>
              {isAdmin ? <ActionForm action={removeMemberAction.bind(null, lang, org.id, m.user.id)} submitLabel={t("org.remove")} className="inline-form" /> : null}
            </span>
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <>
          <h3>{t("org.addMember")}</h3>
          <AddMemberForm
            lang={lang}
            action={addMemberAction.bind(null, lang, org.id)}
            labels={{
              email: t("org.email"),
              name: t("org.memberName"),
              nameHint: t("org.addMemberHint"),
              role: t("org.role"),
              instructor: t("org.instructor"),
              orgAdmin: t("org.orgAdmin"),
              accountCreated: t("org.memberAccountCreated"),
              saved: t("org.saved"),
              add: t("org.add"),
            }}
          />
        </>
      ) : null}
    </>
  );
}
