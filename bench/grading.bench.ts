/**
 * Grading throughput: answers graded per second on one core (this process, one thread), across
 * every simulation in content/. Each graded answer is the full use case the server runs on submit:
 * validate the answer against the rubric, solve the variant as of its date, predict mistakes, grade.
 *
 *   npm run -s bench            # default 2 s per simulation
 *   npm run -s bench -- 5       # seconds per simulation
 *
 * Answers alternate between the key and a wrong answer (every number off by 7%, every choice
 * moved), so the misconception matching path is exercised as well.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import type { Answer, Params } from "@/domain/simulations/engine";
import { answerSchemaFor, drawVariant, gradeVariant, solveVariant } from "@/domain/simulations/run-simulation";
import { SimulationSchema, type Simulation } from "@/domain/simulations/simulation-schema";

const VARIANTS = 200;
const seconds = Number(process.argv[2] ?? 2);
if (!(seconds > 0)) {
  process.stderr.write("bench: seconds per simulation must be a positive number\n");
  process.exit(2);
}

/**
 * Reads content/simulations/*.yaml with the content schema. Only simulations are needed, so a
 * lesson being written elsewhere in content/ cannot stop the benchmark (the catalog test guards
 * the rest); server/content is server-only and would need the react-server condition.
 */
function loadSimulations(dir: string): Simulation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => SimulationSchema.parse(yaml.load(readFileSync(join(dir, name), "utf8"), { schema: yaml.JSON_SCHEMA })));
}

function wrongAnswer(simulation: Simulation, key: Answer): Answer {
  const answer: Answer = {};
  for (const part of simulation.parts) {
    const value = key[part.id]!;
    if (part.input.kind === "number") answer[part.id] = Math.round((value as number) * 1.07 * 100) / 100;
    else if (part.input.kind === "choice") answer[part.id] = part.input.options.find((option) => option.value !== value)!.value;
    else answer[part.id] = part.input.options.slice(0, 2).map((option) => option.value);
  }
  return answer;
}

type Case = { params: Params; raw: Record<string, unknown> };

function casesFor(simulation: Simulation): Case[] {
  const cases: Case[] = [];
  for (let seed = 0; seed < VARIANTS; seed++) {
    const params = drawVariant(simulation, seed * 7919 + 1);
    const key = solveVariant(simulation, params).answer;
    // Answers arrive from forms as text; numbers are validated and coerced on every submission.
    const given = seed % 2 === 0 ? key : wrongAnswer(simulation, key);
    cases.push({ params, raw: Object.fromEntries(Object.entries(given).map(([id, value]) => [id, typeof value === "number" ? String(value) : value])) });
  }
  return cases;
}

function gradeFor(simulation: Simulation, cases: Case[], budgetMs: number): { graded: number; ms: number; p99Us: number } {
  const schema = answerSchemaFor(simulation);
  const samples: number[] = [];
  let graded = 0;
  let checksum = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (const item of cases) {
      const t0 = performance.now();
      const answer = schema.parse(item.raw);
      checksum += gradeVariant(simulation, item.params, answer).score;
      if (graded % 16 === 0) samples.push(performance.now() - t0);
      graded++;
    }
    now = performance.now();
  }
  if (!Number.isFinite(checksum)) throw new Error("grading produced a non-finite score");
  samples.sort((a, b) => a - b);
  return { graded, ms: now - start, p99Us: (samples[Math.floor(samples.length * 0.99)] ?? 0) * 1000 };
}

const simulations = loadSimulations(join(process.cwd(), "content", "simulations"));
const prepared = simulations.map((simulation) => ({ simulation, cases: casesFor(simulation) }));
// Warm up the JIT and the per-simulation caches before measuring.
for (const { simulation, cases } of prepared) gradeFor(simulation, cases, 100);

const rows: string[] = [];
for (const { simulation, cases } of prepared) {
  const { graded, ms, p99Us } = gradeFor(simulation, cases, seconds * 1000);
  rows.push(`${simulation.id.padEnd(40)} ${Math.round((graded / ms) * 1000).toLocaleString("en-US").padStart(10)} /s   p99 ${p99Us.toFixed(1).padStart(7)} µs`);
}

/** The headline: an even mix, one answer per simulation in turn, as a cohort working through a track would submit. */
function gradeMixed(budgetMs: number): number {
  const schemas = prepared.map(({ simulation }) => answerSchemaFor(simulation));
  let graded = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    for (let i = 0; i < VARIANTS; i++) {
      prepared.forEach(({ simulation, cases }, s) => {
        const item = cases[i]!;
        gradeVariant(simulation, item.params, schemas[s]!.parse(item.raw));
        graded++;
      });
    }
    now = performance.now();
  }
  return Math.round((graded / (now - start)) * 1000);
}
const mixed = gradeMixed(seconds * 1000 * 2);
process.stdout.write(
  `Grading throughput, one core (Node ${process.version}), ${simulations.length} simulations, ${VARIANTS} variants each, half right, half wrong; answer validation included:\n` +
    `${rows.join("\n")}\n` +
    `ALL (even mix of all simulations): ${mixed.toLocaleString("en-US")} graded answers per second (target > 50,000)\n`,
);
