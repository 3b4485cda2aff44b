"use client";
import { useActionState } from "react";
import type { Assignment } from "@/domain/assignments/assignment-schema";
import type { Locale } from "@/domain/content/locale";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { editorLabels } from "@/components/editor/editor-labels";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: null } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Rubric grading: one level per criterion, and a rich-text comment for the learner. */
export function GradeMemoForm({ lang, assignment, action }: { lang: Locale; assignment: Assignment; action: (previous: Result | null, form: FormData) => Promise<Result> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const zh = lang === "zh";
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 820 }} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
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
              {zh ? "请选择一个等级" : errors[criterion.id]!.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ))}
      <RichTextEditor
        name="comment"
        label={zh ? "评语" : "Comment for the learner"}
        initial={null}
        labels={editorLabels(lang, "")}
      />
      <button type="submit" disabled={pending}>
        {zh ? "保存评分" : "Save grade"}
      </button>
    </form>
  );
}
