/**
 * Where a learner stands against a cohort's schedule. Pure: the caller passes the clock.
 *
 * A module is complete when every lesson in it has been read and every graded case in it has a
 * best score at or above the track's pass mark (knowledge checks are self-assessment and do not
 * count). A learner is behind on a module when its deadline, or the learner's own extension if
 * one was granted, has passed and the module is not complete.
 */

export type ModuleRequirement = {
  trackId: string;
  moduleId: string;
  lessonIds: readonly string[];
  simulationIds: readonly string[];
  passMark: number;
};

export type ModuleStanding = {
  trackId: string;
  moduleId: string;
  lessonsRead: number;
  lessonCount: number;
  /** Best score per simulation of the module; null = not attempted. */
  cases: { simulationId: string; best: number | null; passed: boolean }[];
  complete: boolean;
  /** The deadline that applies to this learner (extension first), or null when none is set. */
  dueAt: Date | null;
  extended: boolean;
  behind: boolean;
};

export function moduleKey(trackId: string, moduleId: string): string {
  return `${trackId}/${moduleId}`;
}

/**
 * @param lessonsRead lessons read in this module (count)
 * @param bestScores best score per simulation id, 0..1
 * @param deadline the cohort's deadline for the module, if any
 * @param extension this learner's extended deadline, if any; it replaces the cohort's deadline
 */
export function moduleStanding(
  requirement: ModuleRequirement,
  lessonsRead: number,
  bestScores: ReadonlyMap<string, number>,
  deadline: Date | null,
  extension: Date | null,
  now: Date,
): ModuleStanding {
  const cases = requirement.simulationIds.map((simulationId) => {
    const best = bestScores.get(simulationId) ?? null;
    return { simulationId, best, passed: best !== null && best >= requirement.passMark };
  });
  const complete = lessonsRead >= requirement.lessonIds.length && cases.every((c) => c.passed);
  const dueAt = extension ?? deadline;
  return {
    trackId: requirement.trackId,
    moduleId: requirement.moduleId,
    lessonsRead: Math.min(lessonsRead, requirement.lessonIds.length),
    lessonCount: requirement.lessonIds.length,
    cases,
    complete,
    dueAt,
    extended: extension !== null,
    behind: dueAt !== null && dueAt.getTime() < now.getTime() && !complete,
  };
}

/** Share of a learner's cohort work done, 0..1: lessons read plus cases passed over all of them. */
export function workDone(standings: readonly ModuleStanding[]): number {
  let done = 0;
  let total = 0;
  for (const s of standings) {
    done += s.lessonsRead + s.cases.filter((c) => c.passed).length;
    total += s.lessonCount + s.cases.length;
  }
  return total === 0 ? 0 : done / total;
}

/** Deadlines that fall within `windowDays` from now (not yet passed), for reminders. */
export function deadlinesDueSoon<T extends { dueAt: Date }>(deadlines: readonly T[], now: Date, windowDays = 3): T[] {
  const end = now.getTime() + windowDays * 24 * 60 * 60 * 1000;
  return deadlines.filter((d) => d.dueAt.getTime() > now.getTime() && d.dueAt.getTime() <= end);
}
