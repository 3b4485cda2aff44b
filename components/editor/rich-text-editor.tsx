"use client";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import type { RichTextDoc } from "@/domain/rich-text/rich-text-schema";
import type { EditorLabels as Labels } from "./editor-labels";

/**
 * Tiptap editor for memos and comments. The document travels with the form as Tiptap JSON in a
 * hidden input named `name`; the server validates it against the rich-text schema.
 */
export function RichTextEditor({ name, label, initial, labels, countWords }: { name: string; label: string; initial: RichTextDoc | null; labels: Labels; countWords?: (text: string) => number }) {
  const [json, setJson] = useState(() => JSON.stringify(initial ?? { type: "doc", content: [{ type: "paragraph" }] }));
  const [words, setWords] = useState(0);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url) },
      }),
    ],
    content: initial ?? undefined,
    editorProps: { attributes: { class: "editor-surface prose", "aria-label": label, role: "textbox", "aria-multiline": "true" } },
    onCreate: ({ editor: created }) => setWords(countWords?.(created.getText()) ?? 0),
    onUpdate: ({ editor: updated }) => {
      setJson(JSON.stringify(updated.getJSON()));
      setWords(countWords?.(updated.getText()) ?? 0);
    },
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      heading: e?.isActive("heading", { level: 3 }) ?? false,
      bullets: e?.isActive("bulletList") ?? false,
      numbers: e?.isActive("orderedList") ?? false,
      quote: e?.isActive("blockquote") ?? false,
      link: e?.isActive("link") ?? false,
    }),
  });

  const button = (key: keyof typeof labels & keyof NonNullable<typeof active>, run: () => void, text: string) => (
    <button type="button" className="secondary" aria-pressed={active?.[key] ?? false} onClick={run} disabled={!editor}>
      {text}
    </button>
  );

  return (
    <div className="editor">
      <div className="editor-toolbar" role="toolbar" aria-label={label}>
        {button("bold", () => editor?.chain().focus().toggleBold().run(), labels.bold)}
        {button("italic", () => editor?.chain().focus().toggleItalic().run(), labels.italic)}
        {button("heading", () => editor?.chain().focus().toggleHeading({ level: 3 }).run(), labels.heading)}
        {button("bullets", () => editor?.chain().focus().toggleBulletList().run(), labels.bullets)}
        {button("numbers", () => editor?.chain().focus().toggleOrderedList().run(), labels.numbers)}
        {button("quote", () => editor?.chain().focus().toggleBlockquote().run(), labels.quote)}
        {button(
          "link",
          () => {
            const href = window.prompt(labels.linkPrompt, editor?.getAttributes("link").href ?? "https://");
            if (href === null) return;
            if (href === "") editor?.chain().focus().unsetLink().run();
            else editor?.chain().focus().extendMarkRange("link").setLink({ href }).run();
          },
          labels.link,
        )}
      </div>
      <EditorContent editor={editor} />
      <input type="hidden" name={name} value={json} />
      {countWords ? (
        <p className="hint" aria-live="polite">
          {words} {labels.words}
        </p>
      ) : null}
    </div>
  );
}
