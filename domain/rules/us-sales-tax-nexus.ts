/**
 * US state sales-tax economic nexus after South Dakota v. Wayfair (2018-06-21): per state, the
 * dollar test, the transaction test (and whether either or both must be met), and the dates
 * transaction tests were dropped; states without a sales tax; marketplace facilitator laws.
 *
 * Periods are modelled from 2023-01-01 (Missouri, the last state, adopted economic nexus and
 * marketplace facilitator rules then); earlier history, including the states that dropped their
 * transaction test before 2023, is not modelled. Thresholds apply to the state's measurement
 * period (usually the current or previous calendar year; see `period`).
 */
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

export const US_STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
  "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
] as const;
export type UsState = (typeof US_STATES)[number];

export type EconomicNexusTest =
  | { kind: "no-sales-tax" }
  | {
      kind: "threshold";
      salesUsd: number;
      /** Null when the state has no transaction test (or dropped it). */
      transactions: number | null;
      /** "or": either test creates nexus; "and": both must be met. */
      combine: "or" | "and" | "sales-only";
      /** NY counts more than 100 transactions; elsewhere the count is "at least". */
      transactionsStrictlyAbove?: boolean;
      period: string;
    };

export const MODELLED_FROM: IsoDate = "2023-01-01";

const WAYFAIR: RuleSource = { title: "South Dakota v. Wayfair, Inc., 585 U.S. 162 (2018), decided 2018-06-21" };
const AVIOR: RuleSource = { title: "avior.tax, economic nexus by state (updated 2025-12-31)" };
const VATCALC: RuleSource = { title: "vatcalc.com, US sales tax economic nexus thresholds by state" };
const QUADERNO: RuleSource = { title: "quaderno.io and transcounts.com, economic nexus tables (partly outdated; overridden by the eliminations)" };
const ELIMINATIONS: RuleSource = { title: "Avalara (June 2025) and salestaxhelper.com (2026-01-06), states eliminating the 200-transaction test" };
const NO_SALES_TAX: RuleSource = { title: "State law: no statewide sales tax (Delaware, Montana, New Hampshire, Oregon)" };

const CALENDAR = "current or previous calendar year";
const or200 = (source: RuleSource, period = CALENDAR) => ({ test: { kind: "threshold", salesUsd: 100_000, transactions: 200, combine: "or", period } as const, source });
const sales = (salesUsd: number, source: RuleSource, period = CALENDAR) => ({ test: { kind: "threshold", salesUsd, transactions: null, combine: "sales-only", period } as const, source });

type Period = { test: EconomicNexusTest; source: RuleSource; from?: IsoDate; until?: IsoDate; note?: string };

const PERIODS: Record<UsState, Period[]> = {
  AL: [sales(250_000, AVIOR, "previous calendar year (retail sales)")],
  AK: [
    { ...or200(AVIOR), until: "2024-12-31", note: "local sales taxes via the ARSSTC; no state sales tax" },
    { ...sales(100_000, ELIMINATIONS), from: "2025-01-01", note: "200-transaction test dropped; local sales taxes via the ARSSTC" },
  ],
  AZ: [sales(100_000, AVIOR)],
  AR: [or200(AVIOR)],
  CA: [sales(500_000, AVIOR)],
  CO: [sales(100_000, AVIOR)],
  CT: [{ test: { kind: "threshold", salesUsd: 100_000, transactions: 200, combine: "and", period: "12 months ending 30 September" }, source: AVIOR }],
  DE: [{ test: { kind: "no-sales-tax" }, source: NO_SALES_TAX }],
  DC: [or200(AVIOR)],
  FL: [sales(100_000, AVIOR, "previous calendar year (taxable sales)")],
  GA: [or200(AVIOR)],
  HI: [or200(AVIOR)],
  ID: [sales(100_000, VATCALC)],
  IL: [
    { ...or200(ELIMINATIONS), until: "2025-12-31" },
    { ...sales(100_000, ELIMINATIONS), from: "2026-01-01", note: "200-transaction test dropped" },
  ],
  IN: [
    { ...or200(ELIMINATIONS), until: "2023-12-31" },
    { ...sales(100_000, ELIMINATIONS), from: "2024-01-01", note: "200-transaction test dropped" },
  ],
  IA: [sales(100_000, ELIMINATIONS)],
  KS: [sales(100_000, VATCALC)],
  KY: [or200(VATCALC)],
  LA: [
    { ...or200(ELIMINATIONS), until: "2023-07-31" },
    { ...sales(100_000, ELIMINATIONS), from: "2023-08-01", note: "200-transaction test dropped" },
  ],
  ME: [sales(100_000, VATCALC)],
  MD: [or200(VATCALC)],
  MA: [sales(100_000, VATCALC)],
  MI: [or200(VATCALC)],
  MN: [or200(VATCALC)],
  MS: [sales(250_000, VATCALC, "prior 12 months")],
  MO: [sales(100_000, VATCALC, "previous 12 months (checked quarterly)")],
  MT: [{ test: { kind: "no-sales-tax" }, source: NO_SALES_TAX }],
  NE: [or200(QUADERNO)],
  NV: [or200(QUADERNO)],
  NH: [{ test: { kind: "no-sales-tax" }, source: NO_SALES_TAX }],
  NJ: [or200(QUADERNO)],
  NM: [sales(100_000, QUADERNO)],
  NY: [{ test: { kind: "threshold", salesUsd: 500_000, transactions: 100, combine: "and", transactionsStrictlyAbove: true, period: "immediately preceding four sales-tax quarters" }, source: QUADERNO }],
  NC: [
    { ...or200(ELIMINATIONS), until: "2024-06-30" },
    { ...sales(100_000, ELIMINATIONS), from: "2024-07-01", note: "200-transaction test dropped" },
  ],
  ND: [sales(100_000, ELIMINATIONS)],
  OH: [or200(QUADERNO)],
  OK: [sales(100_000, QUADERNO)],
  OR: [{ test: { kind: "no-sales-tax" }, source: NO_SALES_TAX }],
  PA: [sales(100_000, QUADERNO)],
  RI: [or200(QUADERNO)],
  SC: [sales(100_000, QUADERNO)],
  SD: [
    { ...or200(ELIMINATIONS), until: "2023-06-30" },
    { ...sales(100_000, ELIMINATIONS), from: "2023-07-01", note: "200-transaction test dropped" },
  ],
  TN: [sales(100_000, QUADERNO, "previous 12 months")],
  TX: [sales(500_000, QUADERNO, "previous 12 months")],
  UT: [
    { ...or200(ELIMINATIONS), until: "2025-06-30" },
    { ...sales(100_000, ELIMINATIONS), from: "2025-07-01", note: "200-transaction test dropped" },
  ],
  VT: [or200(QUADERNO, "preceding four calendar quarters")],
  VA: [or200(QUADERNO)],
  WA: [sales(100_000, ELIMINATIONS)],
  WV: [or200(QUADERNO)],
  WI: [sales(100_000, ELIMINATIONS)],
  WY: [
    { ...or200(VATCALC), until: "2024-06-30" },
    { ...sales(100_000, ELIMINATIONS), from: "2024-07-01", note: "200-transaction test dropped" },
  ],
};

function describeTest(test: EconomicNexusTest): string {
  if (test.kind === "no-sales-tax") return "no state sales tax, so no economic nexus";
  const dollars = `$${test.salesUsd.toLocaleString("en-US")} in sales`;
  if (test.combine === "sales-only") return `${dollars} (${test.period})`;
  const count = `${test.transactionsStrictlyAbove ? "more than" : "at least"} ${test.transactions} transactions`;
  return `${dollars} ${test.combine === "and" ? "AND" : "OR"} ${count} (${test.period})`;
}

export const US_ECONOMIC_NEXUS_RULES: readonly Rule<EconomicNexusTest>[] = Object.entries(PERIODS).flatMap(([state, periods]) =>
  periods.map((period): Rule<EconomicNexusTest> => {
    const from = period.from ?? MODELLED_FROM;
    return {
      id: `us.sales-tax.economic-nexus.${state}.${from}`,
      version: 1,
      summary: `${state} economic nexus: ${describeTest(period.test)}${period.note ? `; ${period.note}` : ""}`,
      value: period.test,
      from,
      ...(period.until ? { until: period.until } : {}),
      sources: [period.source, WAYFAIR],
    };
  }),
);

// Indexed once: engines look rules up per graded answer.
const NEXUS_RULES_BY_STATE = new Map<string, Rule<EconomicNexusTest>[]>();
for (const rule of US_ECONOMIC_NEXUS_RULES) {
  const state = rule.id.split(".")[3]!;
  NEXUS_RULES_BY_STATE.set(state, [...(NEXUS_RULES_BY_STATE.get(state) ?? []), rule]);
}

/** The economic-nexus test of `state` on `asOf` (from 2023-01-01; throws before). */
export function usEconomicNexusTest(state: UsState, asOf: IsoDate): Rule<EconomicNexusTest> {
  return ruleInForce(NEXUS_RULES_BY_STATE.get(state) ?? [], asOf, `economic nexus test of ${state}`);
}

/**
 * Whether sales of `salesUsd` in `transactions` separate sales over the state's measurement
 * period create economic nexus. Dollar tests are treated as "at least" the threshold: states word
 * this differently ("exceeds" vs "or more"), so cases avoid amounts exactly at a threshold.
 */
export function meetsEconomicNexus(test: EconomicNexusTest, salesUsd: number, transactions: number): boolean {
  if (test.kind === "no-sales-tax") return false;
  const bySales = salesUsd >= test.salesUsd;
  if (test.combine === "sales-only" || test.transactions === null) return bySales;
  const byCount = test.transactionsStrictlyAbove ? transactions > test.transactions : transactions >= test.transactions;
  return test.combine === "and" ? bySales && byCount : bySales || byCount;
}

export const US_MARKETPLACE_FACILITATOR: Rule<"facilitator-collects"> = {
  id: "us.sales-tax.marketplace-facilitator",
  version: 1,
  summary: "Every state with a sales tax, and DC, requires a marketplace facilitator to collect and remit sales tax on the sales it facilitates for third-party sellers (Missouri, the last, from 2023-01-01); the seller does not collect on those sales, though registration duties for marketplace-only sellers vary by state",
  value: "facilitator-collects",
  from: MODELLED_FROM,
  sources: [
    { title: "Missouri Rev. Stat. 144.752 (marketplace facilitator, effective 2023-01-01); RSM" },
    { title: "Avalara, marketplace facilitator laws by state" },
  ],
};
