import Link from "next/link";
import { formatDate, formatPercent } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { listMemosToGrade } from "@/server/services/get-memos";

// GET /[lang]/grading – submitted memos of the cohorts the signed-in instructor or admin teaches.
export default async function GradingPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const actor = await authorizePage(lang, `/${lang}/grading`);
  const memos = await listMemosToGrade(actor);
  const t = translator(lang);
  return (
    <>
      <h1>{t("org.memosToGrade")}</h1>
      {memos.length === 0 ? <p className="muted">{t("org.noMemosToGrade")}</p> : null}
      <ul className="list" data-testid="memos-to-grade">
        {memos.map((memo) => {
          const latest = memo.reviews[0];
          return (
            <li key={memo.id}>
              <span>
                <Link href={`/${lang}/grading/${memo.id}`}>
                  <span translate="no">{memo.user.name}</span> — {memo.assignment?.title[lang] ?? memo.assignmentId}
                </Link>
                <span className="small muted">
                  {" "}
                  · {formatDate(memo.submittedAt!, lang)} · {t("org.wordCount", { count: memo.wordCount })}
                </span>
              </span>
              {latest ? <span className="pill good">{formatPercent(latest.score, lang)}</span> : <span className="pill warn">{t("org.toGrade")}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
