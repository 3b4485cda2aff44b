import { describe, expect, it } from "vitest";
import { countWords, plainText, RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";

const doc = (content: unknown[]) => ({ type: "doc", content });

describe("rich text from the editor", () => {
  it("accepts Tiptap's JSON for headings, lists, marks and links, and keeps only the link address", () => {
    const parsed = RichTextDocSchema.parse(
      doc([
        { type: "heading", attrs: { level: 2, textAlign: null }, content: [{ type: "text", text: "Recommendation" }] },
        { type: "paragraph", content: [{ type: "text", text: "Register for IOSS", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://vat-one-stop-shop.ec.europa.eu", target: "_blank", rel: "x", class: null } }] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "EU intermediary" }] }] }] },
      ]),
    );
    expect(parsed.content[1]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Register for IOSS", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://vat-one-stop-shop.ec.europa.eu" } }] }] });
    expect(plainText(parsed)).toBe("Recommendation\nRegister for IOSS\nEU intermediary");
  });

  it("refuses script links, unknown nodes and unknown marks", () => {
    const link = (href: string) => doc([{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }]);
    expect(RichTextDocSchema.safeParse(link("javascript:alert(1)")).success).toBe(false);
    expect(RichTextDocSchema.safeParse(link("data:text/html,<script>")).success).toBe(false);
    expect(RichTextDocSchema.safeParse(doc([{ type: "iframe", attrs: { src: "https://evil" } }])).success).toBe(false);
    expect(RichTextDocSchema.safeParse(doc([{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "highlight" }] }] }])).success).toBe(false);
    expect(RichTextDocSchema.safeParse("<p>hi</p>").success).toBe(false);
  });

  it("counts English words and Chinese characters", () => {
    expect(countWords("Register for IOSS now.")).toBe(4);
    expect(countWords("注册 IOSS 账号")).toBe(5);
  });
});
