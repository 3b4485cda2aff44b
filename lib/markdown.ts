import MarkdownIt from "markdown-it";

// Raw HTML is off: content is Markdown only, so nothing an author writes can inject script.
const renderer = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return renderer.render(source);
}
