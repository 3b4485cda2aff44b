import type { Translator } from "@/lib/i18n/translate";

export type EditorLabels = { bold: string; italic: string; heading: string; bullets: string; numbers: string; quote: string; link: string; linkPrompt: string; words: string };

/**
 * Toolbar and prompt texts of the rich-text editor, translated on the server (the editor is a
 * client component and gets them as a prop); `words` is the word-count suffix (may be empty).
 */
export function editorLabels(t: Translator, words = ""): EditorLabels {
  return {
    bold: t("learn.editorBold"),
    italic: t("learn.editorItalic"),
    heading: t("learn.editorHeading"),
    bullets: t("learn.editorBullets"),
    numbers: t("learn.editorNumbers"),
    quote: t("learn.editorQuote"),
    link: t("learn.editorLink"),
    linkPrompt: t("learn.editorLinkPrompt"),
    words,
  };
}
