import Link from "next/link";
import { notFound } from "next/navigation";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { RichTextView } from "@/components/editor/rich-text-view";
import { GradeMemoForm } from "@/components/memo/grade-memo-form";
import { ReviewHistory } from "@/components/memo/review-history";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
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
  const t = translator(lang);
  const content = RichTextDocSchema.safeParse(memo.content);
  const justGraded = (await searchParams).graded !== undefined;
  return (
    <div className="narrow" style={{ maxWidth: 860 }}>
      <p className="small muted">
        <Link href={`/${lang}/grading`}>{t("org.backToMemos")}</Link>
      </p>
      <h1>{memo.assignment.title[lang]}</h1>
      <p className="muted">
        {t("org.memoByline", { name: memo.user.name, email: memo.user.email, words: t("org.wordCount", { count: memo.wordCount }), date: formatDate(memo.submittedAt!, lang) })}
      </p>
      {justGraded ? (
        <p className="pill good" role="status">
          {t("org.gradeSaved")}
        </p>
      ) : null}
      <section className="card" aria-label={t("org.memo")}>
        {content.success ? <RichTextView doc={content.data} testId="memo-text" /> : <p>{t("org.memoUnreadable")}</p>}
      </section>
      {memo.reviews.length ? <ReviewHistory assignment={memo.assignment} reviews={memo.reviews} lang={lang} /> : null}
      <h2>{memo.reviews.length ? t("org.regrade") : t("org.grade")}</h2>
      <GradeMemoForm lang={lang} assignment={memo.assignment} action={gradeMemoAction.bind(null, lang, memo.id)} />
    </div>
  );
}
