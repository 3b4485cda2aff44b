import { describe, expect, it } from "vitest";
import { usSalesTaxNexus as engine, type UsNexusParams } from "@/domain/simulations/engines/compliance/us-sales-tax-nexus";

const base: UsNexusParams = { asOf: "2026-02-01", state: "IL", salesUsd: 86_000, transactions: 230 };
const solve = (overrides: Partial<UsNexusParams>) => engine.solve({ ...base, ...overrides }).answer;

describe("US sales-tax economic nexus case", () => {
  it("ignores Illinois's dropped transaction test from 2026 but applies it the day before", () => {
    expect(solve({})).toEqual({ nexus: "no-nexus", salesThresholdUsd: 100_000, testType: "sales-only", marketplaceSales: "marketplace-facilitator" });
    expect(solve({ asOf: "2025-12-31" })).toMatchObject({ nexus: "nexus", testType: "either-test" });
  });

  it("requires both tests in New York", () => {
    expect(solve({ state: "NY", salesUsd: 515_000, transactions: 96 })).toMatchObject({ nexus: "no-nexus", salesThresholdUsd: 500_000, testType: "both-tests" });
    expect(solve({ state: "NY", salesUsd: 515_000, transactions: 150 }).nexus).toBe("nexus");
  });

  it("answers no-sales-tax for Oregon, with nobody collecting on marketplace sales", () => {
    expect(solve({ state: "OR", salesUsd: 760_000 })).toEqual({ nexus: "no-sales-tax", salesThresholdUsd: 0, testType: "no-sales-tax", marketplaceSales: "nobody" });
  });

  it("predicts the outdated-table and AND/OR misconceptions", () => {
    const il = engine.predictMistakes(base, engine.solve(base));
    expect(il).toContainEqual({ part: "nexus", code: "dropped-transaction-test-applied", value: "nexus" });
    const ny: UsNexusParams = { ...base, state: "NY", salesUsd: 515_000, transactions: 96 };
    expect(engine.predictMistakes(ny, engine.solve(ny))).toContainEqual({ part: "nexus", code: "and-read-as-or", value: "nexus" });
  });
});
