"use client";
import { useActionState } from "react";
import type { Locale } from "@/domain/content/locale";
import { countWords, type RichTextDoc } from "@/domain/rich-text/rich-text-schema";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { editorLabels } from "@/components/editor/editor-labels";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result = { ok: true; data: { status: string; wordCount: number } } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export function MemoForm({ lang, initial, action, limits }: { lang: Locale; initial: RichTextDoc | null; action: (previous: Result | null, form: FormData) => Promise<Result>; limits: { min: number; max: number } }) {
  const [state, formAction, pending] = useActionState(action, null);
  const zh = lang === "zh";
  return (
    <form onSubmit={submitWithoutReset(formAction)} className="stack" style={{ maxWidth: 820 }} noValidate>
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="pill good" role="status">
          {zh ? `草稿已保存（${state.data.wordCount} 字）` : `Draft saved (${state.data.wordCount} words)`}
        </p>
      ) : null}
      <RichTextEditor
        name="content"
        label={zh ? "备忘录正文" : "Memo text"}
        initial={initial}
        countWords={countWords}
        labels={editorLabels(lang, zh ? `字（要求 ${limits.min}–${limits.max}）` : `words (${limits.min}–${limits.max} required)`)}
      />
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap" }}>
        <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
          {zh ? "保存草稿" : "Save draft"}
        </button>
        <button type="submit" name="intent" value="submit" disabled={pending}>
          {zh ? "提交评分（提交后不可修改）" : "Submit for grading (final)"}
        </button>
      </div>
    </form>
  );
}
