import "server-only";
import { z } from "zod";
import { gradeRubric, RubricSelectionError } from "@/domain/assignments/grade-rubric";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";
import { notify } from "../notifications/notify";
import { requireMemoGrader } from "./memo-grading-access";
import { parseRichTextField } from "./save-memo";

const SelectionSchema = z.record(z.string(), z.coerce.number().int());

/**
 * Grades a submitted memo with its assignment's rubric and a comment. Every grading is a new row:
 * a regrade never overwrites, so the learner and the cohort keep the history. The learner is notified.
 */
export async function gradeMemo(actor: Actor, submissionId: string, rawSelection: unknown, rawComment: unknown) {
  const db = await prisma();
  const submission = await db.memoSubmission.findUnique({ where: { id: submissionId }, select: { id: true, userId: true, assignmentId: true, trackId: true, status: true } });
  if (!submission) throw new AppError("NOT_FOUND", "No such memo.");
  await requireMemoGrader(actor, submission.userId, submission.trackId);
  if (submission.status !== "SUBMITTED") throw new AppError("CONFLICT", "This memo has not been submitted yet.");
  const assignment = loadCatalog().assignment(submission.assignmentId);
  if (!assignment) throw new AppError("NOT_FOUND", "This assignment no longer exists.");

  const selection = SelectionSchema.safeParse(rawSelection);
  if (!selection.success) throw new AppError("VALIDATION", "Choose one level for every criterion.");
  let grade;
  try {
    grade = gradeRubric(assignment, selection.data);
  } catch (error) {
    if (error instanceof RubricSelectionError) throw new AppError("VALIDATION", error.message, error.fieldErrors);
    throw error;
  }
  const comment = parseRichTextField(rawComment, "comment");
  const review = await db.$transaction(async (tx) => {
    const created = await tx.memoReview.create({
      data: { submissionId, graderId: actor.id, selection: selection.data, points: grade.points, maxPoints: grade.maxPoints, score: grade.score, comment: comment as Prisma.InputJsonValue },
      select: { id: true },
    });
    await notify(submission.userId, "GRADED", { title: assignment.title.en, assignmentId: assignment.id, score: grade.score }, { href: `/tracks/${assignment.track}/assignments/${assignment.id}`, tx });
    return created;
  });
  return { reviewId: review.id, ...grade };
}
