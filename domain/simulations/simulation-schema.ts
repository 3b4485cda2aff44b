/**
 * How a case simulation is written in content/simulations/<id>.yaml: the brief, how its
 * parameters are drawn, which engine computes the answer key, and the rubric it is graded by.
 */
import { z } from "zod";
import { IsoDateSchema } from "../rules/rule";
import { LocalizedTextSchema } from "../content/localized-text";

const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug");

/** How a parameter is shown to the learner in the case facts. */
export const ParameterDisplaySchema = z.enum(["money-eur", "money-usd", "money-gbp", "money-cny", "country", "date", "yes-no", "count", "percent", "text"]);
export type ParameterDisplay = z.infer<typeof ParameterDisplaySchema>;

const ParameterShown = {
  label: LocalizedTextSchema,
  display: ParameterDisplaySchema,
  /** Labels for `text` choices, keyed by value. */
  valueLabels: z.record(z.string(), LocalizedTextSchema).optional(),
  /** Internal parameters feed the engine but are not listed among the case facts. */
  hidden: z.boolean().optional(),
};

/** How one parameter of a variant is drawn from the seeded generator. */
export const ParameterSpecSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("choice"), values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1), ...ParameterShown }),
  z
    .strictObject({
      kind: z.literal("number"),
      min: z.number(),
      max: z.number(),
      /** Values are multiples of `step` from `min` (e.g. 0.01 for cents). */
      step: z.number().positive(),
      ...ParameterShown,
    })
    .refine((spec) => spec.min <= spec.max, "`min` must not exceed `max`"),
  z.strictObject({ kind: z.literal("date"), values: z.array(IsoDateSchema).min(1), ...ParameterShown }),
]);
export type ParameterSpec = z.infer<typeof ParameterSpecSchema>;

const OptionSchema = z.strictObject({ value: z.string().min(1), label: LocalizedTextSchema });

/** What the learner enters for a part, and how it is compared with the key. */
export const PartInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("choice"), options: z.array(OptionSchema).min(2) }),
  z.strictObject({ kind: z.literal("multi-choice"), options: z.array(OptionSchema).min(2) }),
  z.strictObject({
    kind: z.literal("number"),
    unit: z.string().optional(),
    /** Full credit when |given - key| <= tolerance (same unit as the answer). */
    tolerance: z.number().min(0),
    /** Half credit when the relative error is within this fraction (e.g. 0.05 = 5%). */
    partialWithin: z.number().min(0).max(1).optional(),
  }),
]);
export type PartInput = z.infer<typeof PartInputSchema>;

export const RubricPartSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "expected a camelCase part id"),
  weight: z.number().positive(),
  label: LocalizedTextSchema,
  input: PartInputSchema,
  /** Shown when the part is right; the rule citation is added by the grader. */
  feedbackCorrect: LocalizedTextSchema,
  /** Shown when the part is wrong and no misconception matched. */
  feedbackWrong: LocalizedTextSchema,
});
export type RubricPart = z.infer<typeof RubricPartSchema>;

export const SimulationSchema = z.strictObject({
  id: IdSchema,
  version: z.number().int().positive(),
  track: IdSchema,
  engine: IdSchema,
  title: LocalizedTextSchema,
  /** Markdown; `{{name}}` is replaced by the variant's formatted parameter. */
  brief: LocalizedTextSchema,
  estimatedMinutes: z.number().int().positive(),
  parameters: z.record(z.string(), ParameterSpecSchema),
  parts: z.array(RubricPartSchema).min(1),
  /** Notes for wrong answers the engine recognises, keyed by the engine's misconception code. */
  misconceptions: z.record(z.string(), LocalizedTextSchema).default({}),
  attempts: z.strictObject({
    limit: z.number().int().positive(),
    cooldownSeconds: z.number().int().min(0),
  }),
  /** Worked examples with hand-computed scores; a unit test grades them all. */
  samples: z
    .array(
      z.strictObject({
        note: z.string().optional(),
        params: z.record(z.string(), z.unknown()),
        answer: z.record(z.string(), z.unknown()),
        expectedScore: z.number().min(0).max(1),
      }),
    )
    .default([]),
});
export type Simulation = z.infer<typeof SimulationSchema>;
