import Link from "next/link";
import { redirect } from "next/navigation";
import { formatDate } from "@/lib/format";
import { orgMessages } from "@/lib/org-messages";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { getMyCohorts } from "@/server/services/get-my-cohorts";

// GET /[lang]/cohorts?code=… – the signed-in learner's own cohorts and deadlines; a code box for invite codes.
export default async function MyCohortsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await routeLocale(params);
  const t = orgMessages(lang);
  const code = (await searchParams).code;
  if (typeof code === "string" && /^[0-9A-Za-z]{10}$/.test(code.trim())) redirect(`/${lang}/join/${code.trim().toUpperCase()}`);
  const actor = await authorizePage(lang, `/${lang}/cohorts`);
  const cohorts = await getMyCohorts(actor);
  return (
    <>
      <h1>{t.myCohorts}</h1>
      {cohorts.length === 0 ? <p>{t.myCohortsEmpty}</p> : null}
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
                    {t.due} {formatDate(d.dueAt, lang)}
                    {d.extended ? ` (${t.extended})` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <form className="inline-form" action={`/${lang}/cohorts`} method="get">
        <div className="field">
          <label htmlFor="join-code">{t.joinCode}</label>
          <input id="join-code" name="code" type="text" inputMode="text" autoComplete="off" maxLength={10} />
        </div>
        <button type="submit">{t.join}</button>
      </form>
    </>
  );
}
