import type { TrackWithModules } from "./catalog";

/**
 * Lessons a signed-out visitor may read: the first lesson of each module, so that anyone can see
 * how a module teaches before creating an account. Everything else needs a signed-in learner.
 */
export function isPreviewLesson(track: TrackWithModules, lessonId: string): boolean {
  return track.moduleList.some((module) => module.lessonList[0]?.id === lessonId);
}
