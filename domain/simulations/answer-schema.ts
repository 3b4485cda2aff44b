/**
 * The zod schema of a learner's answer, derived from the rubric so that content and validation
 * cannot drift apart. Numbers arrive from forms as text: both "12.5" and "12,5" are accepted.
 */
import { z } from "zod";
import type { RubricPart, Simulation } from "./simulation-schema";
import type { Answer } from "./engine";

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

const NumberFieldSchema = z.preprocess(
  (value) => {
    if (typeof value !== "string") return value;
    const compact = value.trim().replace(/[\s\u00a0\u202f]/g, "");
    return DECIMAL_TEXT.test(compact) ? Number(compact.replace(",", ".")) : value;
  },
  z.number({ error: "errors.enterNumber" }).finite(),
);

function partSchema(part: RubricPart): z.ZodType<Answer[string]> {
  const { input } = part;
  switch (input.kind) {
    case "choice": {
      const values = input.options.map((option) => option.value) as [string, ...string[]];
      return z.enum(values, { error: "errors.chooseOption" });
    }
    case "multi-choice": {
      const values = input.options.map((option) => option.value) as [string, ...string[]];
      return z.preprocess(
        (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
        z.array(z.enum(values, { error: "errors.unknownOption" })).refine((list) => new Set(list).size === list.length, "errors.duplicateOption"),
      );
    }
    case "number":
      return NumberFieldSchema;
  }
}

const schemaCache = new WeakMap<Simulation, z.ZodType<Answer>>();

export function answerSchemaFor(simulation: Simulation): z.ZodType<Answer> {
  let schema = schemaCache.get(simulation);
  if (!schema) {
    schema = z.strictObject(Object.fromEntries(simulation.parts.map((part) => [part.id, partSchema(part)])));
    schemaCache.set(simulation, schema);
  }
  return schema;
}
