"use client";
import { useActionState } from "react";
import type { Assignment } from "@/domain/assignments/assignment-schema";
import type { Locale } from "@/domain/content/locale";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { EditorLabels } from "@/components/editor/editor-labels";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { errorText } from "@/lib/error-text";

export type GradeMemoResult = { ok: true; data: null } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export type GradeMemoLabels = { chooseLevel: string; comment: string; save: string; editor: EditorLabels };

/** Rubric grading: one level per criterion, and a rich-text comment for the learner (texts from GradeMemoForm). */
export function GradeMemoFields({
  lang,
  assignment,
  action,
  labels,
}: {
  lang: Locale;
  assignment: Assignment;
  action: (previous: GradeMemoResult | null, form: FormData) => Promise<GradeMemoResult>;
  labels: GradeMemoLabels;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 820 }} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {errorText(state.message, lang)}
        </p>
      ) : null}
      {assignment.rubric.map((criterion) => (
        <fieldset key={criterion.id} className="field" aria-describedby={errors[criterion.id] ? `${criterion.id}-error` : undefined}>
          <legend>{criterion.title[lang]}</legend>
          <p className="hint">{criterion.description[lang]}</p>
          {criterion.levels.map((level, index) => (
            <label key={index}>
              <input type="radio" name={`criterion.${criterion.id}`} value={index} />
              <span>
                <strong>
                  {level.label[lang]} ({level.points})
                </strong>{" "}
                — {level.descriptor[lang]}
              </span>
            </label>
          ))}
          {errors[criterion.id] ? (
            <p className="error" id={`${criterion.id}-error`}>
              {labels.chooseLevel}
            </p>
          ) : null}
        </fieldset>
      ))}
      <RichTextEditor
        name="comment"
        label={labels.comment}
        initial={null}
        labels={labels.editor}
      />
      <button type="submit" disabled={pending}>
        {labels.save}
      </button>
    </form>
  );
}
