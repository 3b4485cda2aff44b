import type { Rule, RuleRef } from "../rules/rule";

export type StaleRuleRef = { id: string; gradedVersion: number; currentVersion: number | null };

/**
 * The rule versions an attempt was graded under that are no longer current: corrected (same id,
 * another version) or withdrawn (id gone, `currentVersion` null). Empty when the grade still stands.
 */
export function staleRuleRefs(refs: readonly RuleRef[], current: ReadonlyMap<string, Pick<Rule<unknown>, "version">>): StaleRuleRef[] {
  return refs.flatMap(({ id, version }) => {
    const rule = current.get(id);
    if (rule && rule.version === version) return [];
    return [{ id, gradedVersion: version, currentVersion: rule?.version ?? null }];
  });
}
