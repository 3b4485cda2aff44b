import type { Locale } from "@/domain/content/locale";

/** Toolbar and prompt texts of the rich-text editor; `words` is the word-count suffix (may be empty). */
export function editorLabels(lang: Locale, words = "") {
  const zh = lang === "zh";
  return {
    bold: zh ? "加粗" : "Bold",
    italic: zh ? "斜体" : "Italic",
    heading: zh ? "小标题" : "Heading",
    bullets: zh ? "项目符号" : "Bullets",
    numbers: zh ? "编号" : "Numbers",
    quote: zh ? "引用" : "Quote",
    link: zh ? "链接" : "Link",
    linkPrompt: zh ? "链接地址（http、https 或 mailto）" : "Link address (http, https or mailto)",
    words,
  };
}
