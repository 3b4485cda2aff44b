import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";
import { cohortsTaughtBy } from "../organizations/org-access";
import { requireMemoGrader } from "./memo-grading-access";

const REVIEW_SELECT = { id: true, points: true, maxPoints: true, score: true, selection: true, comment: true, createdAt: true, grader: { select: { name: true } } } as const;

/** The actor's own memo for an assignment, with every review, newest first. */
export async function getOwnMemo(actor: Actor, assignmentId: string) {
  const assignment = loadCatalog().assignment(assignmentId);
  if (!assignment) throw new AppError("NOT_FOUND", "errors.noSuchAssignment");
  const db = await prisma();
  const submission = await db.memoSubmission.findUnique({
    where: { userId_assignmentId: { userId: actor.id, assignmentId } },
    select: { id: true, content: true, wordCount: true, status: true, submittedAt: true, updatedAt: true, reviews: { orderBy: { createdAt: "desc" }, select: REVIEW_SELECT } },
  });
  return { assignment, submission };
}

/** Submitted memos the actor may grade: of learners in the cohorts they teach, for those cohorts' tracks. */
export async function listMemosToGrade(actor: Actor) {
  const db = await prisma();
  const cohorts = await cohortsTaughtBy(actor);
  const scope =
    actor.role === "PLATFORM_ADMIN"
      ? {}
      : {
          OR: cohorts.map((cohort) => ({ trackId: { in: cohort.trackIds }, user: { enrollments: { some: { cohortId: cohort.id } } } })),
        };
  if (actor.role !== "PLATFORM_ADMIN" && cohorts.length === 0) return [];
  const memos = await db.memoSubmission.findMany({
    where: { status: "SUBMITTED", ...scope },
    orderBy: { submittedAt: "asc" },
    take: 500,
    select: { id: true, assignmentId: true, submittedAt: true, wordCount: true, user: { select: { name: true, email: true } }, reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { score: true, createdAt: true } } },
  });
  return memos.map((memo) => ({ ...memo, assignment: loadCatalog().assignment(memo.assignmentId) }));
}

/** One memo for grading, with its whole review history; NOT_FOUND unless the actor may grade it. */
export async function getMemoForGrading(actor: Actor, submissionId: string) {
  const db = await prisma();
  const memo = await db.memoSubmission.findUnique({
    where: { id: submissionId },
    select: { id: true, userId: true, trackId: true, assignmentId: true, content: true, wordCount: true, status: true, submittedAt: true, user: { select: { name: true, email: true } }, reviews: { orderBy: { createdAt: "desc" }, select: REVIEW_SELECT } },
  });
  if (!memo || memo.status !== "SUBMITTED") throw new AppError("NOT_FOUND", "errors.noSuchMemo");
  await requireMemoGrader(actor, memo.userId, memo.trackId);
  const assignment = loadCatalog().assignment(memo.assignmentId);
  if (!assignment) throw new AppError("NOT_FOUND", "errors.assignmentGone");
  return { ...memo, assignment };
}
