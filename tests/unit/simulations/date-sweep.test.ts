/**
 * No date bombs: every case answers, and its own key scores full marks, on the first of every month
 * from the earliest date its generator draws through December 2030 — also beyond the dates the
 * generator draws today, so a rule period ending (or not yet written) fails here before a learner meets it.
 */
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import { drawVariant, gradeVariant, parseParameters, solveVariant } from "@/domain/simulations/run-simulation";
import { answerSchemaFor } from "@/domain/simulations/answer-schema";
import type { Simulation } from "@/domain/simulations/simulation-schema";

const LAST_MONTH = "2030-12-01";
/** Seeds per month: enough to meet every choice of the small generators several times over. */
const SEEDS_PER_MONTH = 24;

function earliestCaseDate(simulation: Simulation): string {
  const spec = simulation.parameters.asOf;
  if (spec?.kind !== "date") throw new Error(`${simulation.id}: asOf is not a date generator`);
  return [...spec.values].sort()[0]!;
}

/** First days of the months from the month of `from` through `LAST_MONTH`, as YYYY-MM-DD. */
function firstsOfMonths(from: string): string[] {
  const days: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const day = `${year}-${String(month).padStart(2, "0")}-01`;
    if (day > LAST_MONTH) return days;
    days.push(day);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

const catalog = loadCatalog();

describe.each(catalog.simulations.map((simulation) => [simulation.id, simulation] as const))("simulation %s", (_id, simulation) => {
  it(`solves and fully credits its own key on the first of every month through ${LAST_MONTH.slice(0, 7)}`, () => {
    const failures: string[] = [];
    for (const asOf of firstsOfMonths(earliestCaseDate(simulation))) {
      for (let seed = 0; seed < SEEDS_PER_MONTH; seed++) {
        try {
          const params = parseParameters(simulation, { ...drawVariant(simulation, seed), asOf });
          const key = answerSchemaFor(simulation).parse(solveVariant(simulation, params).answer);
          const score = gradeVariant(simulation, params, key).score;
          if (score !== 1) failures.push(`${asOf} seed ${seed}: key scores ${score}`);
        } catch (error) {
          failures.push(`${asOf} seed ${seed}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    // The first date of each distinct failure keeps the report readable.
    const firstOfEach = new Map<string, string>();
    for (const failure of failures) {
      const kind = failure.replace(/\d{4}-\d{2}-\d{2}/g, "<date>").replace(/ seed \d+/, "");
      if (!firstOfEach.has(kind)) firstOfEach.set(kind, failure);
    }
    expect([...firstOfEach.values()]).toEqual([]);
  });
});
