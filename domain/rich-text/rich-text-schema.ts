/**
 * The rich text we accept from the Tiptap editor, as Tiptap JSON. Anything outside this small
 * vocabulary is refused rather than stored, so that rendering never meets a node it does not know,
 * and links can only point to http(s) or mailto addresses (no `javascript:`).
 */
import { z } from "zod";
import { cleanText } from "../text/clean-text";
import { measureRichText } from "./rich-text-limits";

export const MAX_RICH_TEXT_CHARACTERS = 40_000;

const SafeHrefSchema = z
  .string()
  .max(2000)
  .refine((href) => {
    try {
      return ["http:", "https:", "mailto:"].includes(new URL(href).protocol);
    } catch {
      return false;
    }
  }, "errors.linkScheme");

export const MarkSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bold") }),
  z.strictObject({ type: z.literal("italic") }),
  z.strictObject({ type: z.literal("underline") }),
  z.strictObject({ type: z.literal("strike") }),
  z.strictObject({ type: z.literal("code") }),
  z.strictObject({
    type: z.literal("link"),
    // Tiptap writes target/rel/class; we keep only the address and decide the rest when rendering.
    attrs: z.object({ href: SafeHrefSchema }).transform(({ href }) => ({ href })),
  }),
]);
export type Mark = z.infer<typeof MarkSchema>;

export type RichTextNode =
  | { type: "text"; text: string; marks?: Mark[] }
  | { type: "paragraph" | "blockquote" | "bulletList" | "orderedList" | "listItem" | "doc"; content?: RichTextNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 | 4 }; content?: RichTextNode[] }
  | { type: "hardBreak" | "horizontalRule" };

/** Text as typed: tabs and line breaks are fine; NUL and other control characters are refused (see clean-text.ts). */
const TextSchema = cleanText(z.string().min(1), { multiline: true });
const TextNodeSchema = z.strictObject({ type: z.literal("text"), text: TextSchema, marks: z.array(MarkSchema).max(6).optional() });

const children: z.ZodType<RichTextNode[]> = z.array(z.lazy(() => NodeSchema));
// Non-strict objects drop what Tiptap adds (attrs such as textAlign) instead of storing it.
const container = <T extends "paragraph" | "blockquote" | "bulletList" | "orderedList" | "listItem">(type: T) =>
  z.object({ type: z.literal(type), content: children.optional() });

/**
 * Discriminated on `type`: each node is checked against the one schema its type names, so the work
 * is linear in the size of the document. (A plain union tried every container on every child, and
 * on a failure path that multiplied by six per level: 13 levels took gigabytes.)
 */
const NodeSchema: z.ZodType<RichTextNode> = z.discriminatedUnion("type", [
  TextNodeSchema,
  container("paragraph"),
  container("blockquote"),
  container("bulletList"),
  container("orderedList"),
  container("listItem"),
  z.object({ type: z.literal("heading"), attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }), content: children.optional() }),
  z.object({ type: z.literal("hardBreak") }),
  z.object({ type: z.literal("horizontalRule") }),
]);

/**
 * A document from the editor. Its depth and size are measured first, in one linear walk, so that a
 * hostile document is refused before any schema (or later recursive code) walks it.
 */
export const RichTextDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const measure = measureRichText(value);
    if (!measure.ok) ctx.addIssue({ code: "custom", message: measure.message.key, ...(measure.message.params ? { params: measure.message.params } : {}), fatal: true });
  })
  .pipe(z.object({ type: z.literal("doc"), content: z.array(NodeSchema).max(2000) }))
  .transform(({ content }): RichTextDoc => ({ type: "doc", content }))
  .refine((doc) => plainText(doc).length <= MAX_RICH_TEXT_CHARACTERS, { message: "errors.keepUnderCharacters", params: { max: MAX_RICH_TEXT_CHARACTERS } });
export type RichTextDoc = { type: "doc"; content: RichTextNode[] };

/** The document's text, blocks separated by newlines (for word counts and search). */
export function plainText(node: RichTextNode | RichTextDoc): string {
  if (node.type === "text") return node.text;
  if (node.type === "hardBreak") return "\n";
  if (!("content" in node) || !node.content) return "";
  const separator = node.type === "doc" || node.type === "bulletList" || node.type === "orderedList" ? "\n" : "";
  return node.content.map(plainText).join(separator);
}

/**
 * Words for limits: Latin-script words separated by spaces, and each Chinese character counted as
 * one word (the usual convention for 字数).
 */
export function countWords(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const other = text.replace(/\p{Script=Han}/gu, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return han + other;
}

export const EMPTY_DOC: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };
