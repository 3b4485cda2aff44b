import { describe, expect, it } from "vitest";
import { measureRichText, RICH_TEXT_LIMITS } from "@/domain/rich-text/rich-text-limits";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { createRandom } from "@/domain/simulations/seeded-random";
import { englishIssue } from "../i18n/english";

/** A bullet list nested `levels` deep, each item holding a paragraph and the next list. */
function nestedBullets(levels: number, leaf: unknown = { type: "text", text: "x" }): unknown {
  let node: unknown = { type: "paragraph", content: [leaf] };
  for (let i = 0; i < levels; i++) node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
  return { type: "doc", content: [node] };
}

/** `depth` nested arrays/objects built without recursion (so building it cannot overflow either). */
function deepChain(depth: number): unknown {
  let node: unknown = { type: "text", text: "x" };
  for (let i = 0; i < depth; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
}

function wide(count: number): unknown {
  return { type: "doc", content: Array.from({ length: count }, () => ({ type: "paragraph", content: [{ type: "text", text: "word" }] })) };
}

const errorsOf = (value: unknown) => {
  const parsed = RichTextDocSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map(englishIssue);
};

describe("rich-text documents a hostile client may send", () => {
  it("refuses the 13-level document from the security report with a clear message (it used to take gigabytes)", () => {
    // The failure path: a wrong type at the bottom of thirteen levels.
    const errors = errorsOf(nestedBullets(13, { type: "text", text: 42 }));
    expect(errors).toEqual(["The text is nested too deeply: use fewer levels of lists and quotes."]);
  });

  it("still accepts six levels of nested bullets, as the editor makes them", () => {
    expect(RichTextDocSchema.safeParse(nestedBullets(6)).success).toBe(true);
  });

  it("gives a wrong type at an allowed depth a message, not a crash", () => {
    expect(errorsOf(nestedBullets(5, { type: "text", text: 42 })).length).toBeGreaterThan(0);
    expect(errorsOf(nestedBullets(5, { type: "script", content: [] })).length).toBeGreaterThan(0);
  });

  it.each([10_000, 100_000])("refuses a document nested %i levels deep without overflowing the stack", (depth) => {
    expect(errorsOf(deepChain(depth))).toEqual(["The text is nested too deeply: use fewer levels of lists and quotes."]);
  });

  it("refuses 100,000 paragraphs with the size limit, after looking at no more values than the limit", () => {
    const measure = measureRichText(wide(100_000));
    expect(measure.ok).toBe(false);
    expect(measure.visits).toBeLessThanOrEqual(RICH_TEXT_LIMITS.maxValues);
    expect(errorsOf(wide(100_000))[0]).toMatch(/too long or has too much formatting/);
  });

  it("measures in one linear walk: ten times the document is ten times the visits", () => {
    const small = measureRichText(wide(1_000));
    const large = measureRichText(wide(10_000));
    expect(small.ok && large.ok).toBe(true);
    expect(large.visits / small.visits).toBeGreaterThan(9.9);
    expect(large.visits / small.visits).toBeLessThan(10.1);
  });

  it("never throws on random documents, deep, wide or ill-typed, and each answer is a parse result", () => {
    const random = createRandom(20261203);
    const leaves = [null, 1, "t", true, [], {}, { type: "text", text: "" }, { type: "text", text: "a\u0000b" }, { type: "heading", attrs: { level: 9 } }];
    for (let round = 0; round < 300; round++) {
      const depth = Math.floor(random() * 80);
      let node: unknown = leaves[Math.floor(random() * leaves.length)];
      for (let i = 0; i < depth; i++) {
        const type = ["paragraph", "bulletList", "listItem", "blockquote", "orderedList", "doc", "bogus"][Math.floor(random() * 7)];
        node = random() < 0.2 ? [node] : { type, content: Array.from({ length: 1 + Math.floor(random() * 3) }, () => node) };
      }
      const document = { type: "doc", content: [node] };
      expect(() => RichTextDocSchema.safeParse(document)).not.toThrow();
    }
  });

  it("refuses NUL and other control characters in text", () => {
    const errors = errorsOf({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a\u0000b" }] }] });
    expect(errors).toContain("Remove the invisible control characters from this text");
  });
});
