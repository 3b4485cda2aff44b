import { z } from "zod";
import { RULE_VERSION_RESULT_TYPE, RULE_VERSION_NAME_PREFIX } from "./build-credential";

/** A rule version as a credential records it: the rule's id and the version the cases were graded under. */
export type RecordedRuleVersion = { ruleId: string; version: string };

const RecordedRulesShape = z.looseObject({
  credentialSubject: z.looseObject({
    achievement: z.looseObject({
      resultDescription: z.array(z.looseObject({ id: z.string(), name: z.string(), resultType: z.string() })).default([]),
    }),
    result: z.array(z.looseObject({ resultDescription: z.string(), value: z.string().optional() })).default([]),
  }),
});

/**
 * The rule versions a credential built by `buildCredential` records (the inverse of its
 * `ruleVersions` input, with the rule's original id taken from the description's name).
 * Anything not shaped like that yields an empty list: the caller decides what "no record" means.
 */
export function readRuleVersions(credential: unknown): RecordedRuleVersion[] {
  const parsed = RecordedRulesShape.safeParse(credential);
  if (!parsed.success) return [];
  const { achievement, result } = parsed.data.credentialSubject;
  return achievement.resultDescription.flatMap((description) => {
    if (description.resultType !== RULE_VERSION_RESULT_TYPE || !description.name.startsWith(RULE_VERSION_NAME_PREFIX)) return [];
    const value = result.find((r) => r.resultDescription === description.id)?.value;
    return value === undefined ? [] : [{ ruleId: description.name.slice(RULE_VERSION_NAME_PREFIX.length), version: value }];
  });
}
