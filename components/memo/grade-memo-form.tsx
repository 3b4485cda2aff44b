import type { Assignment } from "@/domain/assignments/assignment-schema";
import type { Locale } from "@/domain/content/locale";
import { editorLabels } from "@/components/editor/editor-labels";
import { translator } from "@/lib/i18n/translate";
import { GradeMemoFields, type GradeMemoResult } from "./grade-memo-fields";

/**
 * Rubric grading form. A server component: it translates the texts here, so the client part
 * (GradeMemoFields) ships no catalogue and its callers need pass only the language.
 */
export function GradeMemoForm({ lang, assignment, action }: { lang: Locale; assignment: Assignment; action: (previous: GradeMemoResult | null, form: FormData) => Promise<GradeMemoResult> }) {
  const t = translator(lang);
  return (
    <GradeMemoFields
      lang={lang}
      assignment={assignment}
      action={action}
      labels={{ chooseLevel: t("learn.chooseLevel"), comment: t("learn.commentForLearner"), save: t("learn.saveGrade"), editor: editorLabels(t) }}
    />
  );
}
