/**
 * Size limits on a rich-text document, checked before the schema sees it. One iterative walk
 * (an explicit stack, no recursion, so 10,000 levels cannot overflow the call stack) that stops
 * at the first limit exceeded: its work is bounded by `maxValues` whatever the input.
 */

import type { DomainMessage } from "../message";

export type RichTextLimits = {
  /** Objects and arrays on the path from the document to the deepest value (doc = 1, its content = 2, paragraph = 3…). */
  maxDepth: number;
  /** Every value in the document (objects, arrays, strings, numbers…). */
  maxValues: number;
};

/**
 * Six levels of nested bullets in the editor reach depth 32 (doc and its content, then per level a
 * list, its content, an item and its content, then paragraph, text, marks and a link's attributes,
 * each an object or array); 48 leaves room for ten levels. A 40,000-character memo with a mark on
 * every word has about 50,000 values.
 */
export const RICH_TEXT_LIMITS: RichTextLimits = { maxDepth: 48, maxValues: 200_000 };

const TOO_DEEP: DomainMessage = { key: "errors.textTooDeep" };
const tooMany = (limits: RichTextLimits): DomainMessage => ({ key: "errors.textTooComplex", params: { maxValues: limits.maxValues } });

export type RichTextMeasure =
  | { ok: true; depth: number; visits: number }
  | { ok: false; message: DomainMessage; visits: number };

/** Depth of `value` and the number of values in it (`visits`, the walk's work), or the first limit it exceeds. */
export function measureRichText(value: unknown, limits: RichTextLimits = RICH_TEXT_LIMITS): RichTextMeasure {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let visits = 0;
  let deepest = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    visits += 1;
    if (typeof current !== "object" || current === null) continue;
    const level = depth + 1;
    if (level > limits.maxDepth) return { ok: false, visits, message: TOO_DEEP };
    deepest = Math.max(deepest, level);
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    // Refuse before pushing: the stack never holds more than maxValues entries (bounded memory too).
    if (visits + stack.length + children.length > limits.maxValues) return { ok: false, visits, message: tooMany(limits) };
    for (const child of children) stack.push({ value: child, depth: level });
  }
  return { ok: true, depth: deepest, visits };
}
