import Link from "next/link";
import { notFound } from "next/navigation";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { editorLabels } from "@/components/editor/editor-labels";
import { RichTextView } from "@/components/editor/rich-text-view";
import { MemoForm } from "@/components/memo/memo-form";
import { ReviewHistory } from "@/components/memo/review-history";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { renderMarkdown } from "@/lib/markdown";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { getOwnMemo } from "@/server/services/get-memos";
import { saveMemoAction } from "./actions";
import { routeParams } from "@/server/page-data";
import { SlugSchema } from "@/server/validation";

// GET /[lang]/tracks/[trackId]/assignments/[assignmentId] – the learner's own memo: write, submit, read grades.
export default async function AssignmentPage({ params }: { params: Promise<{ lang: string; trackId: string; assignmentId: string }> }) {
  const lang = await routeLocale(params);
  const { trackId, assignmentId } = await routeParams(params, { trackId: SlugSchema, assignmentId: SlugSchema });
  const actor = await authorizePage(lang, `/${lang}/tracks/${trackId}/assignments/${assignmentId}`);
  const { assignment, submission } = await getOwnMemo(actor, assignmentId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (assignment.track !== trackId) notFound();
  const t = translator(lang);
  const content = submission ? RichTextDocSchema.safeParse(submission.content) : null;
  return (
    <div className="narrow" style={{ maxWidth: 860 }}>
      <p className="small muted">
        <Link href={`/${lang}/tracks/${trackId}`}>{t("common.backToTrack")}</Link>
      </p>
      <h1>{assignment.title[lang]}</h1>
      <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(assignment.prompt[lang]) }} />
      <details className="card" style={{ margin: "16px 0" }}>
        <summary>{t("learn.howGraded")}</summary>
        <ul>
          {assignment.rubric.map((criterion) => (
            <li key={criterion.id}>
              <strong>{criterion.title[lang]}</strong> — {criterion.description[lang]}
            </li>
          ))}
        </ul>
      </details>
      {submission?.status === "SUBMITTED" ? (
        <>
          <p className="pill good" data-testid="memo-status">
            {t("learn.submittedOn", { date: formatDate(submission.submittedAt!, lang) })}
          </p>
          {content?.success ? <RichTextView doc={content.data} testId="memo-text" /> : null}
          {submission.reviews.length ? (
            <ReviewHistory assignment={assignment} reviews={submission.reviews} lang={lang} />
          ) : (
            <p className="muted">{t("learn.waitingForGrade")}</p>
          )}
        </>
      ) : (
        <MemoForm
          initial={content?.success ? content.data : null}
          action={saveMemoAction.bind(null, lang, trackId, assignmentId)}
          labels={{
            // The form fills in the word count itself: keep the placeholder for it.
            draftSaved: t("learn.draftSaved", { count: "{count}" }),
            memoText: t("learn.memoText"),
            saveDraft: t("learn.saveDraft"),
            submitForGrading: t("learn.submitForGrading"),
            editor: editorLabels(t, t("learn.wordsRequired", { min: assignment.minWords, max: assignment.maxWords })),
          }}
        />
      )}
    </div>
  );
}
