import "server-only";
import { z } from "zod";
import { LOCALES } from "@/domain/content/locale";
import { cleanText } from "@/domain/text/clean-text";
import { AppError, type ErrorCode } from "./errors";

/** zod issues as `{ field: [messages] }` for forms and API error bodies. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** The message for arguments no form of ours sends (a stale page, a hand-made request). */
export const MALFORMED_REQUEST_MESSAGE = "This request is malformed. Reload the page and try again.";

/**
 * Parses what a server action or route handler received (bound arguments, FormData, route params,
 * query values) before any use. A mismatch is an AppError (VALIDATION unless told otherwise, e.g.
 * NOT_FOUND for an id in a URL) with field messages: a 4xx or a form message, never a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, failure: { code?: ErrorCode; message?: string } = {}): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError(failure.code ?? "VALIDATION", failure.message ?? MALFORMED_REQUEST_MESSAGE, fieldErrorsOf(parsed.error));
  return parsed.data;
}

// Shapes of the values that reach actions and routes from URLs and bound arguments.

/** Interface language of a page (`/en/…`, `/zh/…`). */
export const LangSchema = z.enum(LOCALES, { error: "Unknown language" });
/** A database id (cuid), public certificate id, token or invite code: URL-safe characters only. */
export const IdSchema = z.string({ error: "Expected an id" }).regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id");
/** A content id (track, module, lesson, case, assignment, rubric part): lower-case slug. */
export const SlugSchema = z.string({ error: "Expected an id" }).regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "Not a valid id");
/** The largest attempt number the database column (PostgreSQL integer) holds. */
export const MAX_ATTEMPT_NUMBER = 2_147_483_647;
/** An attempt number, bound as a number or taken from a URL as decimal digits. */
export const AttemptNumberSchema = z
  .union([z.number(), z.string().regex(/^\d{1,10}$/, "Not an attempt number").transform(Number)], { error: "Not an attempt number" })
  .pipe(z.int("Not an attempt number").min(1, "Not an attempt number").max(MAX_ATTEMPT_NUMBER, "Not an attempt number"));
/** The FormData a form posts (a hand-made call may send anything else). */
export const FormDataSchema = z.instanceof(FormData, { error: "Expected form data" });
/** A one-line text value from a form or an argument: bounded, no control characters. */
export const lineText = (max: number) => cleanText(z.string({ error: "Expected text" }).max(max, `Use at most ${max} characters`));
