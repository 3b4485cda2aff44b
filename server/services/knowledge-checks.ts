import "server-only";
import { parseCheckAnswers, type CheckFormFields } from "@/domain/content/check-answer-schema";
import { CheckAnswersSchema, type CheckAnswers } from "@/domain/content/check-schema";
import { gradeCheck } from "@/domain/content/grade-check";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";

function findCheck(trackId: string, moduleId: string) {
  const track = loadCatalog().track(trackId);
  const module = track?.moduleList.find((m) => m.id === moduleId);
  if (!track || !module?.check) throw new AppError("NOT_FOUND", "No such knowledge check.");
  return { track, module, check: module.check };
}

/** Grades and stores the actor's knowledge check; every attempt is kept, the page shows the latest. */
export async function submitKnowledgeCheck(actor: Actor, trackId: string, moduleId: string, fields: CheckFormFields) {
  const { check } = findCheck(trackId, moduleId);
  const parsed = parseCheckAnswers(check, fields);
  if (!parsed.ok) throw new AppError("VALIDATION", "Answer every question before you check.", parsed.fieldErrors);
  const grade = gradeCheck(check, parsed.answers);
  const db = await prisma();
  await db.checkAttempt.create({ data: { userId: actor.id, trackId, moduleId, answers: parsed.answers, score: grade.score } });
  return grade;
}

/** The check with the actor's latest answers graded (null when never taken). */
export async function getKnowledgeCheck(actor: Actor, trackId: string, moduleId: string) {
  const found = findCheck(trackId, moduleId);
  const db = await prisma();
  const latest = await db.checkAttempt.findFirst({ where: { userId: actor.id, trackId, moduleId }, orderBy: { createdAt: "desc" } });
  const answers: CheckAnswers | null = latest ? CheckAnswersSchema.parse(latest.answers) : null;
  return { ...found, latest: latest && answers ? { answers, grade: gradeCheck(found.check, answers), at: latest.createdAt } : null };
}
