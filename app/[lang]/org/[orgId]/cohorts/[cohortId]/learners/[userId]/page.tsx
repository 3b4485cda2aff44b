import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { SetupLinkButton } from "@/components/org/setup-link-button";
import { formatDate, formatPercent } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getCohortLearner } from "@/server/services/get-cohort-learner";
import { createSetupLinkAction, extendDeadlineAction } from "./actions";
import { IdSchema } from "@/server/validation";

// GET /[lang]/org/[orgId]/cohorts/[cohortId]/learners/[userId] – one learner of the cohort (the org's staff; others 404).
export default async function CohortLearnerPage({ params }: { params: Promise<{ lang: string; orgId: string; cohortId: string; userId: string }> }) {
  const lang = await routeLocale(params);
  const { orgId, cohortId, userId } = await routeParams(params, { orgId: IdSchema, cohortId: IdSchema, userId: IdSchema });
  const t = translator(lang);
  const cohortPath = `/${lang}/org/${orgId}/cohorts/${cohortId}`;
  const actor = await authorizePage(lang, `${cohortPath}/learners/${userId}`);
  const d = await loadOrNotFound(() => getCohortLearner(actor, cohortId, userId));
  if (d.cohort.organizationId !== orgId) notFound();
  const catalog = loadCatalog();
  const trackTitle = (trackId: string) => catalog.track(trackId)?.title[lang] ?? trackId;
  const moduleTitle = (trackId: string | null | undefined, moduleId: string | null | undefined) =>
    d.modules.find((m) => m.standing.moduleId === moduleId && (!trackId || m.standing.trackId === trackId))?.title[lang] ?? moduleId ?? "—";
  return (
    <>
      <p className="small">
        <Link href={cohortPath}>← {d.cohort.name}</Link>
      </p>
      <h1 translate="no">{d.learner.name}</h1>
      <dl className="facts">
        <dt>{t("org.email")}</dt>
        <dd>{d.learner.email}</dd>
        <dt>{t("org.studentId")}</dt>
        <dd>{d.learner.studentId ?? "—"}</dd>
        <dt>{t("org.enrolledOn")}</dt>
        <dd>{formatDate(d.learner.enrolledAt, lang)}</dd>
        <dt>{t("org.workDone")}</dt>
        <dd>{formatPercent(d.workDone, lang)}</dd>
        <dt>{t("org.certificates")}</dt>
        <dd>
          {d.credentials.length
            ? d.credentials.map((c) => (
                <Link key={c.publicId} href={`/${lang}/verify/${c.publicId}`}>
                  {trackTitle(c.trackId)} ({formatDate(c.issuedAt, lang)})
                </Link>
              ))
            : t("org.none")}
        </dd>
      </dl>
      {d.learner.unclaimed ? (
        <p>
          {t("org.notClaimed")}.{" "}
          {d.learner.setupLinkAllowed && d.viewerRole === "ORG_ADMIN" ? <SetupLinkButton lang={lang} label={t("org.newSetupLink")} action={createSetupLinkAction.bind(null, lang, cohortId, userId)} /> : null}
        </p>
      ) : null}

      <h2>{t("org.modules")}</h2>
      {d.modules.map((m) => (
        <section className="module" key={m.key}>
          <h3>
            {m.title[lang]}{" "}
            {m.standing.complete ? <span className="pill good">{t("org.statusComplete")}</span> : m.standing.behind ? <span className="pill bad">{t("org.statusBehind")}</span> : <span className="pill">{t("org.statusOpen")}</span>}
          </h3>
          <p className="small">
            {t("org.lessonsReadOf", { read: m.standing.lessonsRead, total: m.standing.lessonCount })}
            {m.standing.dueAt ? ` · ${t("org.dueOn", { date: formatDate(m.standing.dueAt, lang) })}` : ""}
            {m.standing.extended ? ` (${t("org.extendedBecause", { reason: m.extensionReason ?? "" })})` : ""}
          </p>
          {m.attempts.length ? (
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("org.attempts")}</th>
                    <th scope="col" className="num">{t("org.attempt")}</th>
                    <th scope="col" className="num">{t("org.score")}</th>
                    <th scope="col">{t("org.submitted")}</th>
                    <th scope="col">{t("org.misconceptions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.attempts.map((a) => (
                    <tr key={`${a.simulationId}-${a.number}`}>
                      <td>{a.title[lang]}</td>
                      <td className="num">{a.number}</td>
                      <td className="num">{a.score === null ? "—" : formatPercent(a.score, lang)}</td>
                      <td>{a.submittedAt ? formatDate(a.submittedAt, lang) : t("org.open")}</td>
                      <td>
                        <code className="small">{a.misconceptions.join(", ")}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}

      <h2>{t("org.extendDeadline")}</h2>
      <ActionForm action={extendDeadlineAction.bind(null, lang, orgId, cohortId, userId)} submitLabel={t("org.extend")} successText={t("org.saved")}>
        <div className="field">
          <label htmlFor="ext-module">{t("org.module")}</label>
          <select id="ext-module" name="module">
            {d.modules.map((m) => (
              <option key={m.key} value={m.key}>
                {m.trackTitle[lang]} · {m.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ext-date">{t("org.newDueDate")}</label>
          <input id="ext-date" name="dueOn" type="date" required />
        </div>
        <div className="field">
          <label htmlFor="ext-reason">{t("org.reason")}</label>
          <input id="ext-reason" name="reason" type="text" required />
        </div>
      </ActionForm>

      <h2>{t("org.auditTrail")}</h2>
      {d.trail.length === 0 ? <p className="muted">{t("org.noTrail")}</p> : null}
      <ul className="list" data-testid="extension-trail">
        {d.trail.map((e, i) => (
          <li key={i}>
            <span>
              {t("org.trailChange", {
                module: moduleTitle(e.detail.trackId, e.detail.moduleId),
                from: e.detail.from ? formatDate(new Date(e.detail.from), lang) : "—",
                to: e.detail.to ? formatDate(new Date(e.detail.to), lang) : "—",
                reason: e.detail.reason ?? "",
              })}
            </span>
            <span className="small muted">
              {t("org.trailBy", { name: e.actorName, date: formatDate(e.createdAt, lang) })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
