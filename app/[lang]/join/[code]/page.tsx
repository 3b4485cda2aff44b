import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { currentActor } from "@/server/authorize";
import { loadOrNotFound, routeParams } from "@/server/page-data";
import { getCohortInvite } from "@/server/services/join-cohort";
import { joinCohortAction } from "./actions";
import { IdSchema } from "@/server/validation";

// GET /[lang]/join/[code] – an invite link: the cohort's name, and a button to join (sign-in first).
export default async function JoinCohortPage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await routeLocale(params);
  const { code } = await routeParams(params, { code: IdSchema });
  const t = translator(lang);
  const invite = await loadOrNotFound(() => getCohortInvite(code));
  const actor = await currentActor();
  const here = `/${lang}/join/${code}`;
  return (
    <div className="narrow">
      <h1>{t("org.joinTitle")}</h1>
      <p className="lead">{t("org.joinLead", { cohort: invite.name, org: invite.organization.name })}</p>
      <p className="small muted">
        {formatDate(invite.startsOn, lang)} – {formatDate(invite.endsOn, lang)}
      </p>
      {actor ? (
        <ActionForm action={joinCohortAction.bind(null, lang, code)} submitLabel={t("org.join")} busyLabel={t("org.joining")} />
      ) : (
        <p>
          {t("org.signInToJoin")}{" "}
          <Link className="button" href={`/${lang}/sign-in?next=${encodeURIComponent(here)}`}>
            {t("common.signIn")}
          </Link>{" "}
          <Link href={`/${lang}/sign-up?next=${encodeURIComponent(here)}`}>{t("common.signUp")}</Link>
        </p>
      )}
    </div>
  );
}
