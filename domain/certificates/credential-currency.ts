/**
 * Is a certificate still current? A certificate attests what the learner showed under the rules and
 * content of its day. It becomes *outdated* (not invalid) when a rule it recorded has changed since
 * issuance, or when the track's content version moved on; the holder then gets a short update path
 * (the changed cases and the revised lessons) instead of a full retake.
 */
import type { RecordedRuleVersion } from "../credentials/read-rule-versions";
import type { IsoDate, Rule } from "../rules/rule";

/**
 * How a recorded rule changed: `corrected` (same id, higher version: the value or reading was
 * fixed), `withdrawn` (no rule with that id any more), `ended` (it applied at issuance and has
 * stopped applying since: the law changed).
 */
export type RuleChange = {
  ruleId: string;
  kind: "corrected" | "withdrawn" | "ended";
  recordedVersion: string;
  currentVersion?: number;
  summary?: string;
  /** For `ended`: the rule's last day. */
  until?: IsoDate;
};

export type RuleIndex = ReadonlyMap<string, Pick<Rule<unknown>, "id" | "version" | "summary" | "from" | "until">>;

/**
 * Compares the rule versions a credential recorded with the rules now in force. `issuedOn` and
 * `today` are calendar days (UTC); a rule that had already ended before issuance (a case set in the
 * past) is history the learner was tested on, not a change.
 */
export function findRuleChanges(recorded: readonly RecordedRuleVersion[], rules: RuleIndex, issuedOn: IsoDate, today: IsoDate): RuleChange[] {
  return recorded.flatMap(({ ruleId, version }): RuleChange[] => {
    const rule = rules.get(ruleId);
    if (!rule) return [{ ruleId, kind: "withdrawn", recordedVersion: version }];
    const base = { ruleId, recordedVersion: version, currentVersion: rule.version, summary: rule.summary };
    if (String(rule.version) !== version) return [{ ...base, kind: "corrected" }];
    if (rule.until !== undefined && issuedOn <= rule.until && rule.until < today) return [{ ...base, kind: "ended", until: rule.until }];
    return [];
  });
}

export type CredentialCurrency = {
  outdated: boolean;
  /** Set when the track's content version is not the one the credential was issued for. */
  contentChange?: { issued: string; current: string };
  ruleChanges: RuleChange[];
};

/** Outdated when any recorded rule changed or the track's content version moved on. */
export function assessCurrency(input: { issuedContentVersion: string; currentContentVersion: string | undefined; ruleChanges: RuleChange[] }): CredentialCurrency {
  const contentChanged = input.currentContentVersion !== undefined && input.currentContentVersion !== input.issuedContentVersion;
  return {
    outdated: contentChanged || input.ruleChanges.length > 0,
    ...(contentChanged && { contentChange: { issued: input.issuedContentVersion, current: input.currentContentVersion! } }),
    ruleChanges: input.ruleChanges,
  };
}

export type UpdateCase = {
  simulationId: string;
  moduleId: string;
  /** Why it is on the path: a rule it was graded under changed, the case itself was revised, or it is new. */
  reasons: ("rule-changed" | "case-revised" | "new-case")[];
  changedRules: string[];
  /** Passed again since the certificate was issued. */
  done: boolean;
};
export type UpdateLesson = { lessonId: string; moduleId: string; lastReviewed: IsoDate };
export type UpdatePath = { cases: UpdateCase[]; lessons: UpdateLesson[]; complete: boolean };

type TrackShape = {
  requiredModules: readonly string[];
  moduleList: readonly { id: string; simulations: readonly string[]; lessonList: readonly { id: string; lastReviewed: IsoDate }[] }[];
};

/**
 * The short way back to a current certificate: every required case whose rules changed, whose
 * content was revised (a higher simulation version than the learner passed) or that is new, plus the
 * lessons reviewed after issuance (to read; only cases are required). `passedBefore` holds, per case,
 * the highest simulation version the learner passed at or before issuance and the rules (id →
 * oldest version) those attempts were graded under; `passedSince`, the cases passed again after issuance.
 */
export function planUpdatePath(input: {
  track: TrackShape;
  issuedOn: IsoDate;
  ruleChanges: readonly RuleChange[];
  simulationVersions: ReadonlyMap<string, number>;
  passedBefore: ReadonlyMap<string, { version: number; rules: ReadonlyMap<string, number> }>;
  passedSince: ReadonlySet<string>;
}): UpdatePath {
  const changes = new Map(input.ruleChanges.map((change) => [change.ruleId, change]));
  // A case is affected by a correction only if it was graded under an older version than today's.
  const isAffected = (ruleId: string, version: number) => {
    const change = changes.get(ruleId);
    return change !== undefined && (change.kind !== "corrected" || change.currentVersion !== version);
  };
  const required = input.track.moduleList.filter((module) => input.track.requiredModules.includes(module.id));
  const cases = required.flatMap((module) =>
    module.simulations.flatMap((simulationId): UpdateCase[] => {
      const before = input.passedBefore.get(simulationId);
      const changedRules = before ? [...before.rules].filter(([id, version]) => isAffected(id, version)).map(([id]) => id).sort() : [];
      const reasons: UpdateCase["reasons"] = [];
      if (!before) reasons.push("new-case");
      else if (before.version < (input.simulationVersions.get(simulationId) ?? before.version)) reasons.push("case-revised");
      if (changedRules.length > 0) reasons.push("rule-changed");
      return reasons.length === 0 ? [] : [{ simulationId, moduleId: module.id, reasons, changedRules, done: input.passedSince.has(simulationId) }];
    }),
  );
  const lessons = required.flatMap((module) =>
    module.lessonList.filter((lesson) => lesson.lastReviewed > input.issuedOn).map((lesson) => ({ lessonId: lesson.id, moduleId: module.id, lastReviewed: lesson.lastReviewed })),
  );
  return { cases, lessons, complete: cases.every((c) => c.done) };
}
