import type { ReactNode } from "react";
import type { Mark, RichTextDoc, RichTextNode } from "@/domain/rich-text/rich-text-schema";

function withMarks(text: string, marks: Mark[] | undefined, key: number): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return <strong>{inner}</strong>;
      case "italic":
        return <em>{inner}</em>;
      case "underline":
        return <u>{inner}</u>;
      case "strike":
        return <s>{inner}</s>;
      case "code":
        return <code>{inner}</code>;
      case "link":
        // Only http(s)/mailto survive validation; never let a link act on this page.
        return (
          <a href={mark.attrs.href} rel="noopener noreferrer nofollow ugc" target="_blank">
            {inner}
          </a>
        );
    }
  }, <span key={key}>{text}</span>);
}

function renderNode(node: RichTextNode, key: number): ReactNode {
  const children = "content" in node && node.content ? node.content.map(renderNode) : null;
  switch (node.type) {
    case "text":
      return <span key={key}>{withMarks(node.text, node.marks, key)}</span>;
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading": {
      const Tag = (`h${node.attrs.level + 1}` as "h3" | "h4" | "h5");
      return <Tag key={key}>{children}</Tag>;
    }
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "doc":
      return <div key={key}>{children}</div>;
  }
}

/**
 * Renders validated Tiptap JSON as React elements: text is always escaped by React, so a memo
 * can never inject markup or script. Headings shift down one level to sit under the page's own.
 */
export function RichTextView({ doc, testId }: { doc: RichTextDoc; testId?: string }) {
  return (
    <div className="prose rich-text" data-testid={testId} data-user-text>
      {doc.content.map(renderNode)}
    </div>
  );
}
