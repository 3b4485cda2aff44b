import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import { collectRules, RULE_MODULES, ruleRegistry } from "@/domain/rules/rule-registry";
import { drawVariant, ruleRefsOf, solveVariant } from "@/domain/simulations/run-simulation";

// Files in domain/rules that hold no rules of their own.
const NOT_RULE_FILES = new Set(["rule", "rule-registry", "eu-member-states"]);

describe("rule registry", () => {
  it("reads every rule file in domain/rules", () => {
    const files = readdirSync(join(process.cwd(), "domain/rules"))
      .filter((file) => file.endsWith(".ts"))
      .map((file) => file.replace(/\.ts$/, ""))
      .filter((name) => !NOT_RULE_FILES.has(name));
    expect(Object.keys(RULE_MODULES).sort()).toEqual(files.sort());
  });

  it("knows, in the same version, every rule an engine cites", () => {
    const registry = ruleRegistry();
    for (const simulation of loadCatalog().simulations) {
      for (let seed = 0; seed < 40; seed++) {
        for (const ref of ruleRefsOf(solveVariant(simulation, drawVariant(simulation, seed)))) {
          expect(registry.get(ref.id)?.version, `${simulation.id} seed ${seed} cites ${ref.id}`).toBe(ref.version);
        }
      }
    }
  });

  it("keeps the highest version when two objects share an id", () => {
    const base = { id: "x", summary: "x", value: 1, from: "2024-01-01", sources: [] };
    const rules = collectRules([[{ ...base, version: 1 }], { nested: { ...base, version: 2 } }]);
    expect(rules.get("x")?.version).toBe(2);
  });
});
