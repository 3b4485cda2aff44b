/**
 * File reading and error wording for the author CLI (scripts/sim.ts): every failure becomes one
 * line a person can act on.
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { ContentError } from "@/domain/content/catalog";
import { InvalidParametersError } from "@/domain/simulations/run-simulation";
import { NoRuleInForceError } from "@/domain/rules/rule";

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * Reads a JSON or YAML file (chosen by extension; YAML otherwise, which also accepts JSON).
 * YAML uses the JSON schema so that `2026-01-01` stays a string, as the parameter schemas expect.
 */
export function readDataFile(path: string, what: "params" | "answer"): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${what} file ${path}${code ? ` (${code})` : ""}`);
  }
  try {
    return path.toLowerCase().endsWith(".json") ? JSON.parse(text) : yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    const format = path.toLowerCase().endsWith(".json") ? "JSON" : "YAML";
    throw new CliError(`${what} file ${path} is not valid ${format}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** One line, without a stack, for any error the CLI can meet. */
export function describeError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof InvalidParametersError) return `invalid parameters for ${error.simulationId}: ${error.issues.join("; ")}`;
  if (error instanceof NoRuleInForceError) return error.message;
  if (error instanceof ContentError) return `content is invalid: ${error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("; ")}`;
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name;
  return String(error);
}
