import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressChart } from "@/components/org/progress-chart";
import { RosterImportForm } from "@/components/org/roster-import-form";
import { ActionForm } from "@/components/ui/action-form";
import { ROSTER_TOO_LARGE_MESSAGE } from "@/domain/cohorts/roster-limits";
import { formatDate, formatPercent } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { importRosterAction, rotateInviteCodeAction, setModuleDeadlineAction } from "./actions";
import { IdSchema } from "@/server/validation";

const PAGE_SIZE = 50;

// GET /[lang]/org/[orgId]/cohorts/[cohortId]?page=n – the cohort dashboard (the org's admins and instructors, platform admins; others 404).
export default async function CohortDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string; orgId: string; cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = await routeLocale(params);
  const { orgId, cohortId } = await routeParams(params, { orgId: IdSchema, cohortId: IdSchema });
  const t = translator(lang);
  const path = `/${lang}/org/${orgId}/cohorts/${cohortId}`;
  const actor = await authorizePage(lang, path);
  const d = await loadOrNotFound(() => getCohortDashboard(actor, cohortId));
  if (d.cohort.organizationId !== orgId) notFound();
  const isAdmin = d.viewerRole === "ORG_ADMIN";

  const pages = Math.max(1, Math.ceil(d.learners.length / PAGE_SIZE));
  const requested = Number((await searchParams).page ?? 1);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= pages ? requested : 1;
  const shown = d.learners.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const exportHref = (part: string) => `/api/org/cohorts/${cohortId}/export?part=${part}&lang=${lang}`;

  return (
    <>
      <p className="small">
        <Link href={`/${lang}/org/${orgId}`}>← {d.cohort.organizationName}</Link>
      </p>
      <h1 translate="no">{d.cohort.name}</h1>
      <dl className="facts">
        <dt>{t("org.startsOn")}</dt>
        <dd>
          {formatDate(d.cohort.startsOn, lang)} – {formatDate(d.cohort.endsOn, lang)}
        </dd>
        <dt>{t("org.tracks")}</dt>
        <dd>{[...new Map(d.modules.map((m) => [m.trackId, m.trackTitle[lang]])).values()].join(", ")}</dd>
        <dt>{t("org.inviteLink")}</dt>
        <dd>
          <code data-testid="invite-link">{`/${lang}/join/${d.cohort.inviteCode}`}</code>
          {isAdmin ? (
            <details className="inline-details" data-testid="rotate-invite">
              <summary>{t("org.rotateInvite")}</summary>
              <p className="small">{t("org.rotateInviteWarning")}</p>
              <ActionForm action={rotateInviteCodeAction.bind(null, lang, orgId, cohortId)} submitLabel={t("org.rotateInviteConfirm")} successText={t("org.inviteRotated")} className="inline-form" />
            </details>
          ) : null}
        </dd>
      </dl>

      <div className="stats">
        <div className="stat">
          <strong data-testid="stat-learners">{d.totals.learners}</strong> {t("org.learners")}
        </div>
        <div className="stat">
          <strong data-testid="stat-behind">{d.totals.behind}</strong> {t("org.behind")}
        </div>
        <div className="stat">
          <strong>{d.totals.certified}</strong> {t("org.certified")}
        </div>
        <div className="stat">
          <strong>{formatPercent(d.totals.averageWorkDone, lang)}</strong> {t("org.averageDone")}
        </div>
      </div>

      <p className="inline-form">
        <strong>{t("org.exportCsvLabel")}</strong>
        <a className="button secondary" href={exportHref("learners")} download>
          {t("org.exportLearners")}
        </a>
        <a className="button secondary" href={exportHref("misconceptions")} download>
          {t("org.exportMisconceptions")}
        </a>
        <a className="button secondary" href={exportHref("timeline")} download>
          {t("org.exportTimeline")}
        </a>
      </p>

      <h2>{t("org.progressOverTime")}</h2>
      <p className="small muted">{t("org.progressOverTimeHint")}</p>
      <ProgressChart points={d.timeline} lang={lang} label={t("org.progressOverTime")} />

      <h2>{t("org.modules")}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("org.module")}</th>
              <th scope="col">{t("org.due")}</th>
              <th scope="col" className="num">{t("org.complete")}</th>
              <th scope="col" className="num">{t("org.behind")}</th>
              <th scope="col" className="num">{t("org.avgLessons")}</th>
              {isAdmin ? <th scope="col">{t("org.changeDeadline")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {d.modules.map((m, i) => (
              <tr key={m.key}>
                <td>{m.title[lang]}</td>
                <td>{m.dueAt ? formatDate(m.dueAt, lang) : "—"}</td>
                <td className="num">{d.moduleSummary[i]!.complete}</td>
                <td className="num">{d.moduleSummary[i]!.behind}</td>
                <td className="num">
                  {d.moduleSummary[i]!.averageLessonsRead.toFixed(1)} / {m.lessonIds.length}
                </td>
                {isAdmin ? (
                  <td>
                    <ActionForm action={setModuleDeadlineAction.bind(null, lang, orgId, cohortId)} submitLabel={t("org.saveDeadline")} successText={t("org.saved")} className="inline-form" testId={`deadline-${m.key}`}>
                      <input type="hidden" name="module" value={m.key} />
                      <input type="date" name="dueOn" defaultValue={m.dueAt ? m.dueAt.toISOString().slice(0, 10) : ""} aria-label={`${t("org.due")}: ${m.title[lang]}`} />
                    </ActionForm>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isAdmin ? <p className="small muted">{t("org.changeDeadlineHint")}</p> : null}
      {d.deadlineChanges.length ? (
        <details>
          <summary>{t("org.deadlineChanges")}</summary>
          <ul className="small" data-testid="deadline-changes">
            {d.deadlineChanges.map((c) => {
              const title = d.modules.find((m) => m.trackId === c.trackId && m.moduleId === c.moduleId)?.title[lang] ?? c.moduleId;
              return (
                <li key={`${c.at.toISOString()}-${c.trackId}/${c.moduleId}`}>
                  {t("org.deadlineChange", {
                    date: formatDate(c.at, lang),
                    module: title,
                    from: c.from ? formatDate(c.from, lang) : t("org.noDeadline"),
                    to: c.to ? formatDate(c.to, lang) : t("org.noDeadline"),
                    name: c.actorName,
                  })}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}

      <h2>{t("org.learners")}</h2>
      {d.learners.length === 0 ? <p className="muted">{t("org.noLearners")}</p> : null}
      {d.learners.length ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="learner-table">
            <thead>
              <tr>
                <th scope="col">{t("org.learner")}</th>
                <th scope="col">{t("org.studentId")}</th>
                <th scope="col" className="num">{t("org.workDone")}</th>
                {d.modules.map((m) => (
                  <th scope="col" key={m.key} title={m.title[lang]}>
                    {m.title[lang].length > 18 ? `${m.title[lang].slice(0, 17)}…` : m.title[lang]}
                  </th>
                ))}
                <th scope="col">{t("org.certificates")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((l) => (
                <tr key={l.userId}>
                  <td>
                    <Link href={`${path}/learners/${l.userId}`} translate="no">{l.name}</Link>
                    {l.unclaimed ? <span className="small muted"> · {t("org.notClaimed")}</span> : null}
                  </td>
                  <td>{l.studentId ?? ""}</td>
                  <td className="num">{formatPercent(l.workDone, lang)}</td>
                  {l.standings.map((s) => {
                    const best = s.cases.map((c) => c.best).filter((b): b is number => b !== null);
                    return (
                      <td key={`${s.trackId}/${s.moduleId}`}>
                        <span className="small">
                          {s.lessonsRead}/{s.lessonCount}
                          {best.length ? ` · ${formatPercent(Math.max(...best), lang)}` : ""}
                        </span>{" "}
                        {s.complete ? (
                          <span className="pill good">{t("org.statusComplete")}</span>
                        ) : s.behind ? (
                          <span className="pill bad">{t("org.statusBehind")}</span>
                        ) : null}
                        {s.extended ? <span className="small muted"> ({t("org.extended")})</span> : null}
                      </td>
                    );
                  })}
                  <td>{l.certificates.length ? l.certificates.map((c) => formatDate(c.issuedAt, lang)).join(", ") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav className="pager" aria-label={t("org.page")}>
          {page > 1 ? <Link href={`${path}?page=${page - 1}`}>← {t("org.previous")}</Link> : null}
          <span className="small">{t("org.pageOf", { page, pages })}</span>
          {page < pages ? <Link href={`${path}?page=${page + 1}`}>{t("org.next")} →</Link> : null}
        </nav>
      ) : null}

      {d.invitations.length ? (
        <>
          <h3>{t("org.invitedTitle")}</h3>
          <p className="small muted">{t("org.invitedHint")}</p>
          <ul className="list" data-testid="invited-list">
            {d.invitations.map((i) => (
              <li key={i.email}>
                <span>{i.email}</span>
                <span className="small muted">{t("org.invitedOn", { date: formatDate(i.invitedAt, lang) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t("org.misconceptions")}</h2>
      <div className="cards">
        {d.misconceptions.map((s) => (
          <section className="card" key={s.simulationId}>
            <h3>{s.title[lang]}</h3>
            {s.top.length === 0 ? <p className="small muted">{t("org.noMisconceptions")}</p> : null}
            <ol className="small">
              {s.top.map((m) => (
                <li key={m.code}>
                  <strong>{t("org.occurrences", { count: m.count })}</strong>{" "}
                  {m.note ? m.note[lang] : <code>{m.code}</code>}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>

      {isAdmin ? (
        <>
          <h2>{t("org.importRoster")}</h2>
          <RosterImportForm
            lang={lang}
            tooLargeMessage={t(ROSTER_TOO_LARGE_MESSAGE)}
            action={importRosterAction.bind(null, lang, orgId, cohortId)}
            labels={{
              csvFile: t("org.csvFile"),
              importHint: t("org.importHint"),
              import: t("org.import"),
              importing: t("org.importing"),
              enrolled: t("org.enrolled"),
              alreadyEnrolled: t("org.alreadyEnrolled"),
              invited: t("org.invitedCount"),
              alreadyInvited: t("org.alreadyInvited"),
              problemsTitle: t("org.problemsTitle"),
              row: t("org.row"),
              email: t("org.email"),
              reason: t("org.reason"),
              accountsCreated: t("org.accountsCreated"),
              setupLink: t("org.setupLink"),
            }}
          />
        </>
      ) : null}
    </>
  );
}
