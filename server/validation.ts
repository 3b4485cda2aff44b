import "server-only";
import { z } from "zod";
import { LOCALES } from "@/domain/content/locale";
import { cleanText } from "@/domain/text/clean-text";
import type { MessageParams } from "@/lib/i18n/catalogue";
import { AppError, messageFromData, type ErrorCode, type ErrorMessage } from "./errors";

/** A bound of a too_big / too_small issue, or a custom issue's params: the ICU arguments of its message. */
function issueParams(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code === "too_big") return { maximum: Number(issue.maximum) };
  if (issue.code === "too_small") return { minimum: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) return issue.params as MessageParams;
  return undefined;
}

/**
 * zod issues as `{ field: [messages] }` for forms and API error bodies. Schemas name their messages
 * by catalogue key ("errors.nameTooLong"); the bound of a length rule is the message's argument.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, ErrorMessage[]> {
  const fields: Record<string, ErrorMessage[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fields[key] ??= []).push(messageFromData(issue.message, issueParams(issue)));
  }
  return fields;
}

/** The message for arguments no form of ours sends (a stale page, a hand-made request). */
export const MALFORMED_REQUEST_MESSAGE = "errors.malformedRequest" satisfies ErrorMessage;

/**
 * Parses what a server action or route handler received (bound arguments, FormData, route params,
 * query values) before any use. A mismatch is an AppError (VALIDATION unless told otherwise, e.g.
 * NOT_FOUND for an id in a URL) with field messages: a 4xx or a form message, never a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, failure: { code?: ErrorCode; message?: ErrorMessage } = {}): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError(failure.code ?? "VALIDATION", failure.message ?? MALFORMED_REQUEST_MESSAGE, fieldErrorsOf(parsed.error));
  return parsed.data;
}

// Shapes of the values that reach actions and routes from URLs and bound arguments.

/** Interface language of a page (`/en/…`, `/zh/…`). */
export const LangSchema = z.enum(LOCALES, { error: "errors.unknownLanguage" });
/** A database id (cuid), public certificate id, token or invite code: URL-safe characters only. */
export const IdSchema = z.string({ error: "errors.expectedId" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "errors.notValidId");
/** A content id (track, module, lesson, case, assignment, rubric part): lower-case slug. */
export const SlugSchema = z.string({ error: "errors.expectedId" }).regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "errors.notValidId");
/** The largest attempt number the database column (PostgreSQL integer) holds. */
export const MAX_ATTEMPT_NUMBER = 2_147_483_647;
/** An attempt number, bound as a number or taken from a URL as decimal digits. */
export const AttemptNumberSchema = z
  .union([z.number(), z.string().regex(/^\d{1,10}$/, "errors.notAttemptNumber").transform(Number)], { error: "errors.notAttemptNumber" })
  .pipe(z.int("errors.notAttemptNumber").min(1, "errors.notAttemptNumber").max(MAX_ATTEMPT_NUMBER, "errors.notAttemptNumber"));
/** The FormData a form posts (a hand-made call may send anything else). */
export const FormDataSchema = z.instanceof(FormData, { error: "errors.expectedFormData" });
/** A one-line text value from a form or an argument: bounded, no control characters. */
export const lineText = (max: number) => cleanText(z.string({ error: "errors.expectedText" }).max(max, "errors.useAtMostCharacters"));
