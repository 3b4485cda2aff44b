import Link from "next/link";
import { notFound } from "next/navigation";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { RichTextView } from "@/components/editor/rich-text-view";
import { GradeMemoForm } from "@/components/memo/grade-memo-form";
import { ReviewHistory } from "@/components/memo/review-history";
import { formatDate } from "@/lib/format";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getMemoForGrading } from "@/server/services/get-memos";
import { gradeMemoAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { IdSchema } from "@/server/validation";

// GET /[lang]/grading/[submissionId] – read and grade one memo (staff of the learner's cohort; else 404).
export default async function GradeMemoPage({ params, searchParams }: { params: Promise<{ lang: string; submissionId: string }>; searchParams: Promise<{ graded?: string }> }) {
  const lang = await routeLocale(params);
  const { submissionId } = await routeParams(params, { submissionId: IdSchema });
  const actor = await authorizePage(lang, `/${lang}/grading/${submissionId}`);
  const memo = await getMemoForGrading(actor, submissionId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const zh = lang === "zh";
  const content = RichTextDocSchema.safeParse(memo.content);
  const justGraded = (await searchParams).graded !== undefined;
  return (
    <div className="narrow" style={{ maxWidth: 860 }}>
      <p className="small muted">
        <Link href={`/${lang}/grading`}>{zh ? "返回待评分列表" : "Back to memos to grade"}</Link>
      </p>
      <h1>{memo.assignment.title[lang]}</h1>
      <p className="muted">
        {memo.user.name} ({memo.user.email}) · {memo.wordCount} {zh ? "字" : "words"} · {zh ? "提交于" : "submitted"} {formatDate(memo.submittedAt!, lang)}
      </p>
      {justGraded ? (
        <p className="pill good" role="status">
          {zh ? "评分已保存，学员已收到通知。" : "Grade saved; the learner has been notified."}
        </p>
      ) : null}
      <section className="card" aria-label={zh ? "备忘录" : "Memo"}>
        {content.success ? <RichTextView doc={content.data} testId="memo-text" /> : <p>{zh ? "无法显示正文。" : "The text cannot be shown."}</p>}
      </section>
      {memo.reviews.length ? <ReviewHistory assignment={memo.assignment} reviews={memo.reviews} lang={lang} /> : null}
      <h2>{memo.reviews.length ? (zh ? "重新评分（保留历史）" : "Regrade (history is kept)") : zh ? "评分" : "Grade"}</h2>
      <GradeMemoForm lang={lang} assignment={memo.assignment} action={gradeMemoAction.bind(null, lang, memo.id)} />
    </div>
  );
}
