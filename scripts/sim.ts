/**
 * Author CLI for case simulations: list them, solve a variant, grade an answer.
 *
 *   npm run -s sim -- list
 *   npm run -s sim -- solve <id> (--params <file> | --seed N) [--as-of YYYY-MM-DD] [--lang en|zh]
 *   npm run -s sim -- grade <id> (--params <file> | --seed N) --answer <file> [--as-of YYYY-MM-DD] [--lang en|zh]
 *
 * Params and answer files are JSON or YAML. Output is JSON on stdout; any problem is one line on
 * stderr and a non-zero exit (2 for usage errors, 1 for everything else), never a stack trace.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadCatalog } from "@/server/content/load-content";
import { IsoDateSchema } from "@/domain/rules/rule";
import { LOCALES } from "@/domain/content/locale";
import { answerSchemaFor, drawVariant, gradeVariant, parseParameters, ruleRefsOf, solveVariant } from "@/domain/simulations/run-simulation";
import { CliError, describeError, readDataFile } from "./sim-files";

const USAGE = "usage: sim list | solve <id> (--params <file> | --seed N) [--as-of YYYY-MM-DD] | grade <id> (--params <file> | --seed N) --answer <file>";

/** Usage errors stay on one line: the problem, then the usage. */
function usageError(problem: string): CliError {
  return new CliError(`${problem} (${USAGE})`, 2);
}

const SeedSchema = z.coerce.number({ error: "--seed must be a whole number" }).int("--seed must be a whole number").min(0, "--seed must be 0 or more").max(0xffffffff, "--seed must fit in 32 bits");

const VariantOptions = {
  id: z.string().min(1),
  params: z.string().min(1).optional(),
  seed: SeedSchema.optional(),
  asOf: IsoDateSchema.optional(),
  lang: z.enum(LOCALES).default("en"),
};

const CommandSchema = z.discriminatedUnion("command", [
  z.strictObject({ command: z.literal("list") }),
  z.strictObject({ command: z.literal("solve"), ...VariantOptions }),
  z.strictObject({ command: z.literal("grade"), ...VariantOptions, answer: z.string({ error: "grade needs --answer <file>" }).min(1) }),
]);
type Command = z.infer<typeof CommandSchema>;

function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { params: { type: "string" }, seed: { type: "string" }, "as-of": { type: "string" }, answer: { type: "string" }, lang: { type: "string" } },
    });
  } catch (error) {
    throw usageError((error as Error).message.split("\n")[0]!.split(". To ")[0]!);
  }
  const [command, id, ...extra] = parsed.positionals;
  if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"`);
  const { params, seed, answer, lang } = parsed.values;
  const raw = { command, id, params, seed, answer, lang, asOf: parsed.values["as-of"] };
  const result = CommandSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join(".");
    const flag = field === "asOf" ? "--as-of" : `--${field}`;
    const message =
      field === "command"
        ? command === undefined ? "missing command" : `unknown command "${command}"`
        : field === "id"
          ? `${command} needs a simulation id`
          : issue.code === "unrecognized_keys"
            ? `${command} takes no ${issue.keys.map((key) => (key === "id" ? `argument "${id}"` : `--${key}`)).join(", ")}`
            : `${flag}: ${issue.message}`;
    throw usageError(message);
  }
  const value = result.data;
  if (value.command !== "list" && (value.params === undefined) === (value.seed === undefined)) {
    throw usageError("give exactly one of --params <file> or --seed N");
  }
  return value;
}

function run(argv: string[]): unknown {
  const command = parseCommand(argv);
  const catalog = loadCatalog();
  if (command.command === "list") return catalog.simulations.map((simulation) => simulation.id).sort();

  const simulation = catalog.simulation(command.id);
  if (!simulation) throw new CliError(`unknown simulation "${command.id}" (see \`sim list\`)`);
  let raw: unknown = command.seed !== undefined ? drawVariant(simulation, command.seed) : readDataFile(command.params!, "params");
  if (command.asOf !== undefined) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new CliError(`params file ${command.params}: expected an object of parameters`);
    raw = { ...raw, asOf: command.asOf };
  }
  const params = parseParameters(simulation, raw);

  if (command.command === "solve") {
    const solution = solveVariant(simulation, params);
    const rules = ruleRefsOf(solution).map((ref) => ref.id);
    // With --seed the drawn parameters are shown too, so the case can be saved and replayed.
    return { answer: solution.answer, explanation: solution.explanation[command.lang], rules, ...(command.seed !== undefined ? { params } : {}) };
  }

  const rawAnswer = readDataFile(command.answer, "answer");
  if (typeof rawAnswer !== "object" || rawAnswer === null || Array.isArray(rawAnswer)) throw new CliError(`answer file ${command.answer}: expected an object keyed by part id`);
  // A part left out scores 0: validate the given parts only, by borrowing the key for the missing ones.
  const key = solveVariant(simulation, params).answer;
  const missing = simulation.parts.map((part) => part.id).filter((id) => !(id in rawAnswer));
  const checked = answerSchemaFor(simulation).safeParse({ ...Object.fromEntries(missing.map((id) => [id, key[id]])), ...rawAnswer });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new CliError(`answer file ${command.answer}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const answer = checked.data;
  for (const id of missing) delete answer[id];
  const grade = gradeVariant(simulation, params, answer);
  return {
    score: grade.score,
    parts: grade.parts.map((part) => ({
      id: part.id,
      score: part.score,
      note: part.given === null ? (command.lang === "zh" ? "未作答。" : "No answer given.") : part.note[command.lang],
      misconception: part.misconception,
      given: part.given,
      expected: part.expected,
      rules: part.rules.map((rule) => rule.id),
    })),
    rules: grade.ruleRefs.map((ref) => ref.id),
  };
}

try {
  const output = run(process.argv.slice(2));
  process.stdout.write(Array.isArray(output) ? output.map((line) => `${String(line)}\n`).join("") : `${JSON.stringify(output, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`sim: ${describeError(error)}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
}
