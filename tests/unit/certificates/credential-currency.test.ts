import { describe, expect, it } from "vitest";
import { assessCurrency, findRuleChanges, planUpdatePath, type RuleIndex } from "@/domain/certificates/credential-currency";
import { buildCredential, readRuleVersions } from "@/domain/credentials";

const rule = (id: string, version: number, from: string, until?: string) => ({ id, version, summary: `${id} v${version}`, from, ...(until ? { until } : {}) });
const RULES: RuleIndex = new Map([
  ["vat.de", rule("vat.de", 2, "2021-07-01")],
  ["vat.sk.2021", rule("vat.sk.2021", 1, "2021-07-01", "2024-12-31")],
  ["vat.lu.2023", rule("vat.lu.2023", 1, "2023-01-01", "2023-12-31")],
  ["vat.fr", rule("vat.fr", 1, "2021-07-01")],
]);

describe("findRuleChanges", () => {
  it("reports a corrected rule (same id, new version) and a withdrawn one", () => {
    const changes = findRuleChanges(
      [
        { ruleId: "vat.de", version: "1" },
        { ruleId: "vat.gone", version: "1" },
        { ruleId: "vat.fr", version: "1" },
      ],
      RULES,
      "2024-06-01",
      "2024-07-01",
    );
    expect(changes).toEqual([
      { ruleId: "vat.de", kind: "corrected", recordedVersion: "1", currentVersion: 2, summary: "vat.de v2" },
      { ruleId: "vat.gone", kind: "withdrawn", recordedVersion: "1" },
    ]);
  });

  it("reports a rule that applied at issuance and has ended since, but not history the case was set in", () => {
    const recorded = [
      { ruleId: "vat.sk.2021", version: "1" },
      { ruleId: "vat.lu.2023", version: "1" },
    ];
    expect(findRuleChanges(recorded, RULES, "2024-06-01", "2024-12-31")).toEqual([]);
    expect(findRuleChanges(recorded, RULES, "2024-06-01", "2025-01-01")).toMatchObject([{ ruleId: "vat.sk.2021", kind: "ended", until: "2024-12-31" }]);
  });
});

describe("assessCurrency", () => {
  it("is current when nothing changed, outdated when the content version moved on", () => {
    expect(assessCurrency({ issuedContentVersion: "2026.1.0", currentContentVersion: "2026.1.0", ruleChanges: [] }).outdated).toBe(false);
    expect(assessCurrency({ issuedContentVersion: "2026.1.0", currentContentVersion: "2026.2.0", ruleChanges: [] })).toEqual({
      outdated: true,
      contentChange: { issued: "2026.1.0", current: "2026.2.0" },
      ruleChanges: [],
    });
  });
});

describe("planUpdatePath", () => {
  const track = {
    requiredModules: ["vat"],
    moduleList: [
      { id: "vat", simulations: ["de-case", "fr-case", "new-case", "extra-de-case"], lessonList: [{ id: "old", lastReviewed: "2024-01-01" }, { id: "revised", lastReviewed: "2024-09-01" }] },
      { id: "optional", simulations: ["extra"], lessonList: [{ id: "opt", lastReviewed: "2025-01-01" }] },
    ],
  };
  const input = {
    track,
    issuedOn: "2024-06-01",
    ruleChanges: findRuleChanges([{ ruleId: "vat.de", version: "1" }], RULES, "2024-06-01", "2024-10-01"),
    simulationVersions: new Map([["de-case", 1], ["fr-case", 3], ["new-case", 1], ["extra-de-case", 1]]),
    passedBefore: new Map([
      ["de-case", { version: 1, rules: new Map([["vat.de", 1]]) }],
      ["fr-case", { version: 2, rules: new Map([["vat.fr", 1]]) }],
      // Graded under the corrected version already: not on the path.
      ["extra-de-case", { version: 1, rules: new Map([["vat.de", 2]]) }],
    ]),
  };

  it("lists the cases whose rules changed, the revised and new cases, and the lessons reviewed since issuance", () => {
    const path = planUpdatePath({ ...input, passedSince: new Set() });
    expect(path.cases).toEqual([
      { simulationId: "de-case", moduleId: "vat", reasons: ["rule-changed"], changedRules: ["vat.de"], done: false },
      { simulationId: "fr-case", moduleId: "vat", reasons: ["case-revised"], changedRules: [], done: false },
      { simulationId: "new-case", moduleId: "vat", reasons: ["new-case"], changedRules: [], done: false },
    ]);
    expect(path.lessons).toEqual([{ lessonId: "revised", moduleId: "vat", lastReviewed: "2024-09-01" }]);
    expect(path.complete).toBe(false);
  });

  it("is complete once every case on it was passed again", () => {
    expect(planUpdatePath({ ...input, passedSince: new Set(["de-case", "fr-case", "new-case"]) }).complete).toBe(true);
  });
});

describe("readRuleVersions", () => {
  it("reads back the rule versions buildCredential recorded, with the original ids", () => {
    const credential = buildCredential({
      id: "urn:uuid:12345678-1234-1234-1234-123456789abc",
      issuer: { id: "did:web:example.com", name: "Borderless", url: "https://example.com" },
      name: "Certificate",
      validFrom: new Date("2026-01-01T00:00:00Z"),
      subject: { name: "Lin Wei" },
      achievement: { id: "https://example.com/a", name: "A", description: "A", criteriaNarrative: "Pass", achievementType: "Certificate", contentVersion: "2026.1.0" },
      results: [{ key: "case-a", name: "Case A", resultType: "Percent", value: "90" }],
      ruleVersions: [{ ruleId: "eu-vat-standard-rate-de-2021-07-01", name: "eu.vat.standard-rate.DE.2021-07-01", version: "3" }],
      status: { statusListCredential: "https://example.com/status/1", statusListIndex: 5 },
    });
    expect(readRuleVersions(credential)).toEqual([{ ruleId: "eu.vat.standard-rate.DE.2021-07-01", version: "3" }]);
    expect(readRuleVersions({ not: "a credential" })).toEqual([]);
  });
});
