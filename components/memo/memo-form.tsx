"use client";
import { fillPlaceholders } from "@/components/ui/fill-placeholders";
import { useActionState } from "react";
import { countWords, type RichTextDoc } from "@/domain/rich-text/rich-text-schema";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import type { EditorLabels } from "@/components/editor/editor-labels";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: { status: string; wordCount: number } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** Texts of the memo form, translated by the page; `draftSaved` holds a literal `{count}` for the word count. */
export type MemoFormLabels = { draftSaved: string; memoText: string; saveDraft: string; submitForGrading: string; editor: EditorLabels };

export function MemoForm({ initial, action, labels }: { initial: RichTextDoc | null; action: (previous: Result | null, form: FormData) => Promise<Result>; labels: MemoFormLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 820 }} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="pill good" role="status">
          {fillPlaceholders(labels.draftSaved, { count: state.data.wordCount })}
        </p>
      ) : null}
      <RichTextEditor
        name="content"
        label={labels.memoText}
        initial={initial}
        countWords={countWords}
        labels={labels.editor}
      />
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap" }}>
        <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
          {labels.saveDraft}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending}>
          {labels.submitForGrading}
        </button>
      </div>
    </form>
  );
}
