import type { z } from "zod";
import type { DomainMessage } from "@/domain/message";
import type { MessageParams } from "@/lib/i18n/catalogue";
import { isMessageKey, translate } from "@/lib/i18n/translate";

/** A domain message (a catalogue key, with or without arguments) in English, as users of the English pages read it. */
export function english(message: string | DomainMessage, params?: MessageParams): string {
  const { key, params: own } = typeof message === "string" ? { key: message, params } : message;
  if (!isMessageKey(key)) throw new Error(`Not a catalogue key: ${key}`);
  return translate("en", key, own);
}

/** A zod issue's message in English, its bound or custom params as the arguments (as server/validation.ts renders it). */
export function englishIssue(issue: z.core.$ZodIssue): string {
  // zod's own messages (a wrong type deep in a document) are shown as they are, like errors.verbatim.
  if (!isMessageKey(issue.message)) return issue.message;
  if (issue.code === "too_big") return english(issue.message, { maximum: Number(issue.maximum) });
  if (issue.code === "too_small") return english(issue.message, { minimum: Number(issue.minimum) });
  return english(issue.message, issue.code === "custom" ? (issue.params as MessageParams | undefined) : undefined);
}
