import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";

/** Marks a lesson read for the actor. Idempotent: reading twice keeps the first date. */
export async function completeLesson(actor: Actor, trackId: string, lessonId: string): Promise<void> {
  const track = loadCatalog().track(trackId);
  const exists = track?.moduleList.some((module) => module.lessons.includes(lessonId));
  if (!track || !exists) throw new AppError("NOT_FOUND", "errors.noSuchLesson");
  const db = await prisma();
  await db.lessonProgress.upsert({
    where: { userId_trackId_lessonId: { userId: actor.id, trackId, lessonId } },
    create: { userId: actor.id, trackId, lessonId },
    update: {},
  });
}
