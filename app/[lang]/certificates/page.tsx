import Link from "next/link";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { listOwnCredentials } from "@/server/services/list-own-credentials";

// GET /[lang]/certificates – the signed-in learner's own certificates (the verify page says whether each still holds).
export default async function MyCertificatesPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const actor = await authorizePage(lang, `/${lang}/certificates`);
  const credentials = await listOwnCredentials(actor);
  const catalog = loadCatalog();
  const t = translator(lang);
  const now = Date.now();
  return (
    <div className="narrow">
      <h1>{t("learn.myCertificates")}</h1>
      {credentials.length === 0 ? (
        <p className="muted">
          {t("learn.noCertificates")}{" "}
          <Link href={`/${lang}#tracks`}>{t("learn.seeTracks")}</Link>
        </p>
      ) : (
        <ul className="list" data-testid="my-certificates">
          {credentials.map((credential) => {
            const state = credential.revokedAt
              ? { text: t("common.statusRevoked"), tone: "bad" }
              : credential.renewedBy
                ? { text: t("learn.certificateSuperseded"), tone: "warn" }
                : credential.validUntil.getTime() < now
                  ? { text: t("common.statusExpired"), tone: "bad" }
                  : { text: t("learn.certificateIssued"), tone: "good" };
            return (
              <li key={credential.publicId}>
                <span>
                  <Link href={`/${lang}/verify/${credential.publicId}`}>{catalog.track(credential.trackId)?.title[lang] ?? credential.trackId}</Link>
                  <span className="small muted">
                    {" "}
                    · {formatDate(credential.issuedAt, lang)} – {formatDate(credential.validUntil, lang)} · v{credential.contentVersion}
                  </span>
                </span>
                <span className={`pill ${state.tone}`}>{state.text}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
