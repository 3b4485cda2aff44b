import Link from "next/link";
import { formatDate, formatPercent } from "@/lib/format";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { listMemosToGrade } from "@/server/services/get-memos";

// GET /[lang]/grading – submitted memos of the cohorts the signed-in instructor or admin teaches.
export default async function GradingPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const actor = await authorizePage(lang, `/${lang}/grading`);
  const memos = await listMemosToGrade(actor);
  const zh = lang === "zh";
  return (
    <>
      <h1>{zh ? "书面作业评分" : "Memos to grade"}</h1>
      {memos.length === 0 ? <p className="muted">{zh ? "你所负责的学员暂无已提交的备忘录。" : "No submitted memos from the learners you teach."}</p> : null}
      <ul className="list" data-testid="memos-to-grade">
        {memos.map((memo) => {
          const latest = memo.reviews[0];
          return (
            <li key={memo.id}>
              <span>
                <Link href={`/${lang}/grading/${memo.id}`}>
                  {memo.user.name} — {memo.assignment?.title[lang] ?? memo.assignmentId}
                </Link>
                <span className="small muted">
                  {" "}
                  · {formatDate(memo.submittedAt!, lang)} · {memo.wordCount} {zh ? "字" : "words"}
                </span>
              </span>
              {latest ? <span className="pill good">{formatPercent(latest.score, lang)}</span> : <span className="pill warn">{zh ? "待评分" : "to grade"}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
