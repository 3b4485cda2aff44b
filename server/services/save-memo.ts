import "server-only";
import { z } from "zod";
import { countWords, plainText, RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError, messageFromData } from "../errors";
import { loadCatalog } from "../content/load-content";
import { fieldErrorsOf } from "../validation";

const IntentSchema = z.enum(["draft", "submit"], { error: "Unknown action" });

/** The editor sends its document as JSON text; anything else is a validation error, not a crash. */
export function parseRichTextField(raw: unknown, field: string) {
  let json: unknown = raw;
  if (typeof raw === "string") {
    try {
      json = JSON.parse(raw);
    } catch {
      throw new AppError("VALIDATION", "errors.textUnreadable", { [field]: ["errors.textUnreadableField"] });
    }
  }
  const parsed = RichTextDocSchema.safeParse(json);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.textNotAccepted", { [field]: fieldErrorsOf(parsed.error).form ?? parsed.error.issues.slice(0, 3).map((i) => messageFromData(i.message)) });
  return parsed.data;
}

/**
 * Saves the actor's memo as a draft or submits it. A submitted memo is read-only: the grade must
 * refer to the text the instructor read. Submission checks the word limits; drafts may be any length.
 */
export async function saveMemo(actor: Actor, assignmentId: string, rawContent: unknown, rawIntent: unknown, now = new Date()) {
  const assignment = loadCatalog().assignment(assignmentId);
  if (!assignment) throw new AppError("NOT_FOUND", "errors.noSuchAssignment");
  const parsedIntent = IntentSchema.safeParse(rawIntent);
  if (!parsedIntent.success) throw new AppError("VALIDATION", "errors.chooseDraftOrSubmit");
  const intent = parsedIntent.data;
  const content = parseRichTextField(rawContent, "content");
  const wordCount = countWords(plainText(content));
  if (intent === "submit" && (wordCount < assignment.minWords || wordCount > assignment.maxWords)) {
    throw new AppError("VALIDATION", { key: "errors.memoWordRange", params: { min: assignment.minWords, max: assignment.maxWords, count: wordCount } }, {
      content: [{ key: "errors.memoWordRangeField", params: { min: assignment.minWords, max: assignment.maxWords, count: wordCount } }],
    });
  }
  const db = await prisma();
  const existing = await db.memoSubmission.findUnique({ where: { userId_assignmentId: { userId: actor.id, assignmentId } }, select: { status: true } });
  if (existing?.status === "SUBMITTED") throw new AppError("CONFLICT", "errors.memoSubmitted");
  const data = { content: content as Prisma.InputJsonValue, wordCount, trackId: assignment.track, ...(intent === "submit" ? { status: "SUBMITTED" as const, submittedAt: now } : {}) };
  // Conditional on still being a draft: a submit in another tab wins, this save is refused.
  if (existing) {
    const { count } = await db.memoSubmission.updateMany({ where: { userId: actor.id, assignmentId, status: "DRAFT" }, data });
    if (count === 0) throw new AppError("CONFLICT", "errors.memoSubmitted");
  } else {
    await db.memoSubmission.create({ data: { userId: actor.id, assignmentId, ...data } });
  }
  return { wordCount, status: intent === "submit" ? "SUBMITTED" : "DRAFT" };
}
