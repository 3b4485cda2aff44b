import type { TrackWithModules } from "../content/catalog";

export type Eligibility = {
  eligible: boolean;
  /** Every simulation the certificate requires, with the learner's best score (null = not attempted). */
  requirements: { simulationId: string; moduleId: string; best: number | null; passed: boolean }[];
};

/**
 * A track's certificate requires a best score of at least the pass mark on every simulation of
 * every required module. Best, not latest: a later slip does not undo a pass.
 */
export function checkEligibility(track: TrackWithModules, bestScores: ReadonlyMap<string, number>): Eligibility {
  const requirements = track.moduleList
    .filter((module) => track.requiredModules.includes(module.id))
    .flatMap((module) =>
      module.simulations.map((simulationId) => {
        const best = bestScores.get(simulationId) ?? null;
        return { simulationId, moduleId: module.id, best, passed: best !== null && best >= track.certificate.passMark };
      }),
    );
  return { eligible: requirements.length > 0 && requirements.every((r) => r.passed), requirements };
}
