import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { getMyCohorts } from "@/server/services/get-my-cohorts";
import { getMyInvitations } from "@/server/services/get-my-invitations";
import { answerInvitationAction } from "./actions";

// GET /[lang]/cohorts?code=… – the signed-in learner's own cohorts and deadlines, open invitations to accept or decline; a code box for invite codes.
export default async function MyCohortsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const code = (await searchParams).code;
  if (typeof code === "string" && /^[0-9A-Za-z]{10}$/.test(code.trim())) redirect(`/${lang}/join/${code.trim().toUpperCase()}`);
  const actor = await authorizePage(lang, `/${lang}/cohorts`);
  const [cohorts, invitations] = await Promise.all([getMyCohorts(actor), getMyInvitations(actor)]);
  const answer = answerInvitationAction.bind(null, lang);
  return (
    <>
      <h1>{t("org.myCohorts")}</h1>
      {invitations.length ? (
        <section data-testid="invitations">
          <h2>{t("org.invitationsTitle")}</h2>
          {invitations.map((i) => (
            <div className="card" key={i.id} style={{ marginBottom: 16 }} data-testid="invitation">
              <p>
                <strong>{t("org.invitationLead", { org: i.organizationName, cohort: i.cohortName })}</strong>
              </p>
              <p className="small muted">
                {i.tracks.map((track) => track.title[lang]).join(", ")} · {formatDate(i.startsOn, lang)} – {formatDate(i.endsOn, lang)}
              </p>
              <p className="small">{t("org.invitationPrivacy")}</p>
              <div className="inline-form">
                <ActionForm action={answer} submitLabel={t("org.accept")} className="inline-form">
                  <input type="hidden" name="invitationId" value={i.id} />
                  <input type="hidden" name="answer" value="accept" />
                </ActionForm>
                <ActionForm action={answer} submitLabel={t("org.decline")} className="inline-form">
                  <input type="hidden" name="invitationId" value={i.id} />
                  <input type="hidden" name="answer" value="decline" />
                </ActionForm>
              </div>
            </div>
          ))}
        </section>
      ) : null}
      {cohorts.length === 0 ? <p>{t("org.myCohortsEmpty")}</p> : null}
      {cohorts.map((c) => (
        <section className="card" key={c.id} style={{ marginBottom: 16 }}>
          <h2>{c.name}</h2>
          <p className="small muted">
            {c.organizationName} · {formatDate(c.startsOn, lang)} – {formatDate(c.endsOn, lang)}
          </p>
          <p>
            {c.tracks.map((track) => (
              <Link key={track.id} className="button secondary" href={`/${lang}/tracks/${track.id}`}>
                {track.title[lang]}
              </Link>
            ))}
          </p>
          {c.deadlines.length ? (
            <ul className="list">
              {c.deadlines.map((d) => (
                <li key={`${d.trackId}/${d.moduleId}`}>
                  <span>{d.title[lang]}</span>
                  <span className="small">
                    {t("org.dueOn", { date: formatDate(d.dueAt, lang) })}
                    {d.extended ? ` (${t("org.extended")})` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <form className="inline-form" action={`/${lang}/cohorts`} method="get">
        <div className="field">
          <label htmlFor="join-code">{t("org.joinCode")}</label>
          <input id="join-code" name="code" type="text" inputMode="text" autoComplete="off" maxLength={10} />
        </div>
        <button type="submit">{t("org.join")}</button>
      </form>
    </>
  );
}
