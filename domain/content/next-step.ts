import type { TrackWithModules } from "./catalog";

export type NextStep = { kind: "lesson"; lessonId: string } | { kind: "case"; simulationId: string } | { kind: "certificate" };

/**
 * Where a learner picks a track up again: module by module, the first unread lesson, else the first
 * case not yet passed; when every required case is passed, the certificate.
 */
export function nextStep(track: TrackWithModules, readLessons: ReadonlySet<string>, passedCases: ReadonlySet<string>): NextStep {
  for (const module of track.moduleList) {
    const lesson = module.lessonList.find((l) => !readLessons.has(l.id));
    if (lesson) return { kind: "lesson", lessonId: lesson.id };
    const simulationId = module.simulations.find((id) => !passedCases.has(id));
    if (simulationId) return { kind: "case", simulationId };
  }
  return { kind: "certificate" };
}
