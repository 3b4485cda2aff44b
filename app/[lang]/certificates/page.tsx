import Link from "next/link";
import { formatDate } from "@/lib/format";
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
  const zh = lang === "zh";
  const now = Date.now();
  return (
    <div className="narrow">
      <h1>{zh ? "我的证书" : "My certificates"}</h1>
      {credentials.length === 0 ? (
        <p className="muted">
          {zh ? "你还没有证书。通过学习路径中所有必修案例即可领取。" : "No certificates yet. Pass every required case of a track to claim one."}{" "}
          <Link href={`/${lang}#tracks`}>{zh ? "查看学习路径" : "See the tracks"}</Link>
        </p>
      ) : (
        <ul className="list" data-testid="my-certificates">
          {credentials.map((credential) => {
            const state = credential.revokedAt
              ? { text: zh ? "已撤销" : "Revoked", tone: "bad" }
              : credential.renewedBy
                ? { text: zh ? "已被续期证书取代" : "Superseded by a renewal", tone: "warn" }
                : credential.validUntil.getTime() < now
                  ? { text: zh ? "已过期" : "Expired", tone: "bad" }
                  : { text: zh ? "已签发" : "Issued", tone: "good" };
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
