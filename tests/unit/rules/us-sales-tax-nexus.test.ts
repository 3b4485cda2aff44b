import { describe, expect, it } from "vitest";
import { US_ECONOMIC_NEXUS_RULES, US_STATES, meetsEconomicNexus, usEconomicNexusTest } from "@/domain/rules/us-sales-tax-nexus";

const nexus = (state: Parameters<typeof usEconomicNexusTest>[0], asOf: string, sales: number, transactions: number) =>
  meetsEconomicNexus(usEconomicNexusTest(state, asOf).value, sales, transactions);

describe("US economic nexus as of a date", () => {
  it("covers all 50 states and DC with exactly one rule on any date from 2023", () => {
    expect(US_STATES).toHaveLength(51);
    for (const date of ["2023-01-01", "2024-07-01", "2025-07-01", "2026-01-01", "2026-11-24"]) {
      for (const state of US_STATES) expect(() => usEconomicNexusTest(state, date)).not.toThrow();
    }
    expect(new Set(US_ECONOMIC_NEXUS_RULES.map((rule) => rule.id)).size).toBe(US_ECONOMIC_NEXUS_RULES.length);
  });

  it("drops transaction tests on the dossier's dates", () => {
    expect(nexus("IL", "2025-12-31", 50_000, 250)).toBe(true);
    expect(nexus("IL", "2026-01-01", 50_000, 250)).toBe(false);
    expect(nexus("UT", "2025-06-30", 50_000, 250)).toBe(true);
    expect(nexus("UT", "2025-07-01", 50_000, 250)).toBe(false);
    expect(nexus("AK", "2024-12-31", 50_000, 250)).toBe(true);
    expect(nexus("AK", "2025-01-01", 50_000, 250)).toBe(false);
    expect(nexus("NC", "2024-07-01", 50_000, 250)).toBe(false);
    expect(nexus("WY", "2024-06-30", 50_000, 250)).toBe(true);
    expect(nexus("IN", "2024-01-01", 50_000, 250)).toBe(false);
    expect(nexus("LA", "2023-07-31", 50_000, 250)).toBe(true);
    expect(nexus("LA", "2023-08-01", 50_000, 250)).toBe(false);
    expect(nexus("SD", "2023-07-01", 50_000, 250)).toBe(false);
  });

  it("needs both tests in Connecticut and New York, and more than 100 transactions in New York", () => {
    expect(nexus("CT", "2026-01-01", 150_000, 150)).toBe(false);
    expect(nexus("CT", "2026-01-01", 150_000, 200)).toBe(true);
    expect(nexus("NY", "2026-01-01", 600_000, 100)).toBe(false);
    expect(nexus("NY", "2026-01-01", 600_000, 101)).toBe(true);
    expect(nexus("NY", "2026-01-01", 400_000, 5000)).toBe(false);
  });

  it("uses the higher dollar thresholds of CA, TX ($500k), AL and MS ($250k)", () => {
    expect(nexus("CA", "2026-01-01", 499_999, 5000)).toBe(false);
    expect(nexus("TX", "2026-01-01", 500_000, 1)).toBe(true);
    expect(nexus("AL", "2026-01-01", 200_000, 5000)).toBe(false);
    expect(nexus("MS", "2026-01-01", 250_000, 1)).toBe(true);
  });

  it("never finds nexus in states without a sales tax", () => {
    for (const state of ["DE", "MT", "NH", "OR"] as const) expect(nexus(state, "2026-01-01", 9_000_000, 90_000)).toBe(false);
  });

  it("has no rule before Missouri's 2023 adoption (history not modelled)", () => {
    expect(() => usEconomicNexusTest("MO", "2022-12-31")).toThrow();
  });
});
