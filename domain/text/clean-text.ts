/**
 * The one rule for characters in text people type (names, reasons, memo text). Decided once:
 * control characters are refused with a message, not silently stripped, so that what is stored is
 * exactly what the person sent and nothing is written when it cannot be. NUL in particular cannot
 * be stored by PostgreSQL (text or jsonb) and used to surface as a raw database error.
 */
import type { z } from "zod";

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Tab and line breaks: fine in multi-line text, not in a name or an id. */
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/u;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a
 * one-line value display as something else (CVE-2021-42574, "Trojan Source"). Right-to-left
 * scripts need none of them, so Arabic or Hebrew names are unaffected.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

export const CONTROL_CHARACTER_MESSAGE = "errors.controlCharacters";

/** True when `text` holds no character we refuse; `multiline` allows tabs, line breaks and bidi controls. */
export function isCleanText(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  if (CONTROL_CHARACTERS.test(text)) return false;
  return multiline || (!LINE_BREAKS_AND_TABS.test(text) && !BIDI_CONTROLS.test(text));
}

/** Adds the rule to a string schema: `cleanText(z.string().trim().max(100))`. */
export function cleanText<S extends z.ZodString>(schema: S, options: { multiline?: boolean } = {}): S {
  return schema.refine((text) => isCleanText(text, options), CONTROL_CHARACTER_MESSAGE) as S;
}
