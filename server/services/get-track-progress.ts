import "server-only";
import { checkEligibility, type Eligibility } from "@/domain/certificates/eligibility";
import type { TrackWithModules } from "@/domain/content/catalog";
import type { Actor } from "../authorize";
import { prisma } from "../db";

export type TrackProgress = {
  completedLessons: Set<string>;
  lessonCount: number;
  bestScores: Map<string, number>;
  attemptCounts: Map<string, number>;
  eligibility: Eligibility;
  credential: { publicId: string; issuedAt: Date } | null;
};

/** The actor's own progress through a track: lessons read, best case scores, certificate. */
export async function getTrackProgress(actor: Actor, track: TrackWithModules): Promise<TrackProgress> {
  const db = await prisma();
  const [lessons, attempts, credential] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId: actor.id, trackId: track.id }, select: { lessonId: true } }),
    db.attempt.findMany({ where: { userId: actor.id, trackId: track.id }, select: { simulationId: true, score: true } }),
    db.credential.findFirst({
      where: { userId: actor.id, trackId: track.id, revokedAt: null },
      orderBy: { issuedAt: "desc" },
      select: { publicId: true, issuedAt: true },
    }),
  ]);
  const bestScores = new Map<string, number>();
  const attemptCounts = new Map<string, number>();
  for (const attempt of attempts) {
    attemptCounts.set(attempt.simulationId, (attemptCounts.get(attempt.simulationId) ?? 0) + 1);
    if (attempt.score !== null && attempt.score > (bestScores.get(attempt.simulationId) ?? -1)) bestScores.set(attempt.simulationId, attempt.score);
  }
  return {
    completedLessons: new Set(lessons.map((l) => l.lessonId)),
    lessonCount: track.moduleList.reduce((sum, module) => sum + module.lessonList.length, 0),
    bestScores,
    attemptCounts,
    eligibility: checkEligibility(track, bestScores),
    credential,
  };
}
