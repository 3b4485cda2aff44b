/**
 * The rich text we accept from the Tiptap editor, as Tiptap JSON. Anything outside this small
 * vocabulary is refused rather than stored, so that rendering never meets a node it does not know,
 * and links can only point to http(s) or mailto addresses (no `javascript:`).
 */
import { z } from "zod";

export const MAX_RICH_TEXT_CHARACTERS = 40_000;
const MAX_DEPTH = 12;

const SafeHrefSchema = z
  .string()
  .max(2000)
  .refine((href) => {
    try {
      return ["http:", "https:", "mailto:"].includes(new URL(href).protocol);
    } catch {
      return false;
    }
  }, "Links must start with http://, https:// or mailto:");

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
  | { type: "paragraph" | "blockquote" | "bulletList" | "orderedList" | "listItem" | "doc"; content?: RichTextNode[]; attrs?: Record<string, unknown> }
  | { type: "heading"; attrs: { level: 2 | 3 | 4 }; content?: RichTextNode[] }
  | { type: "hardBreak" | "horizontalRule" };

const TextNodeSchema = z.strictObject({ type: z.literal("text"), text: z.string().min(1), marks: z.array(MarkSchema).max(6).optional() });

function nodeSchema(depth: number): z.ZodType<RichTextNode> {
  const children = depth >= MAX_DEPTH ? z.array(TextNodeSchema) : z.array(z.lazy(() => nodeSchema(depth + 1)));
  const container = (type: "paragraph" | "blockquote" | "bulletList" | "orderedList" | "listItem") =>
    z.object({ type: z.literal(type), content: children.optional(), attrs: z.record(z.string(), z.unknown()).optional() }).transform(({ type, content }) => ({ type, ...(content ? { content } : {}) }));
  return z.union([
    TextNodeSchema,
    container("paragraph"),
    container("blockquote"),
    container("bulletList"),
    container("orderedList"),
    container("listItem"),
    z.object({ type: z.literal("heading"), attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }).transform(({ level }) => ({ level })), content: children.optional() }),
    z.object({ type: z.literal("hardBreak") }).transform(() => ({ type: "hardBreak" as const })),
    z.object({ type: z.literal("horizontalRule") }).transform(() => ({ type: "horizontalRule" as const })),
  ]) as z.ZodType<RichTextNode>;
}

export const RichTextDocSchema = z
  .object({ type: z.literal("doc"), content: z.array(nodeSchema(1)).max(2000) })
  .transform(({ content }) => ({ type: "doc" as const, content }))
  .refine((doc) => plainText(doc).length <= MAX_RICH_TEXT_CHARACTERS, `Keep it under ${MAX_RICH_TEXT_CHARACTERS.toLocaleString("en")} characters`);
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
