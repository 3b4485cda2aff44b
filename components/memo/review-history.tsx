import type { Assignment } from "@/domain/assignments/assignment-schema";
import type { Locale } from "@/domain/content/locale";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { RichTextView } from "@/components/editor/rich-text-view";
import { formatDate, formatPercent } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";

export type ReviewRow = { id: string; points: number; maxPoints: number; score: number; selection: unknown; comment: unknown; createdAt: Date; grader: { name: string } };

/** Every grading of a memo, newest first; the first is the grade that counts, the rest is history. */
export function ReviewHistory({ assignment, reviews, lang }: { assignment: Assignment; reviews: ReviewRow[]; lang: Locale }) {
  const t = translator(lang);
  return (
    <section aria-labelledby="reviews">
      <h2 id="reviews">{t("learn.gradesAndComments")}</h2>
      {reviews.map((review, index) => {
        const selection = (review.selection ?? {}) as Record<string, number>;
        const comment = RichTextDocSchema.safeParse(review.comment);
        return (
          <article key={review.id} className={`part ${review.score >= assignment.passMark ? "right" : "partial"}`} data-testid={index === 0 ? "current-review" : "earlier-review"}>
            <h3>
              <span>
                {t(index === 0 ? "learn.currentGrade" : "learn.earlierGrade")} · {review.grader.name} · {formatDate(review.createdAt, lang)}
              </span>
              <span>
                {review.points}/{review.maxPoints} ({formatPercent(review.score, lang)})
              </span>
            </h3>
            <ul className="small">
              {assignment.rubric.map((criterion) => {
                const level = criterion.levels[selection[criterion.id] ?? -1];
                return (
                  <li key={criterion.id}>
                    {criterion.title[lang]}: <strong>{level ? `${level.label[lang]} (${level.points})` : "—"}</strong>
                  </li>
                );
              })}
            </ul>
            {comment.success ? <RichTextView doc={comment.data} testId={index === 0 ? "current-comment" : undefined} /> : null}
          </article>
        );
      })}
    </section>
  );
}
