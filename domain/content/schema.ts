/**
 * The content format: track → modules → lessons (Markdown) and simulations (YAML).
 * Everything under content/ is parsed with these schemas at load time; a failure names the file and
 * the field, so an author can fix it without reading code.
 */
import { z } from "zod";
import { IsoDateSchema } from "../rules/rule";
import { LocalizedTextSchema } from "./localized-text";

export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug like eu-vat-basics");

export const SourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  /** The day an author last read the source. */
  accessed: IsoDateSchema,
});

export const EffectivePeriodSchema = z
  .strictObject({ from: IsoDateSchema, until: IsoDateSchema.optional() })
  .refine((period) => !period.until || period.from <= period.until, "`until` must not be before `from`");

export const LessonFrontmatterSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  minutes: z.number().int().positive().max(120),
  outcomes: z.array(LocalizedTextSchema).min(1),
  sources: z.array(SourceSchema).min(1, "every lesson cites at least one source"),
  effective: EffectivePeriodSchema,
  lastReviewed: IsoDateSchema,
});
export type LessonFrontmatter = z.infer<typeof LessonFrontmatterSchema>;

export const LessonSchema = LessonFrontmatterSchema.extend({
  body: LocalizedTextSchema,
});
export type Lesson = z.infer<typeof LessonSchema>;

export const ModuleSchema = z.strictObject({
  id: SlugSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** Lesson ids in reading order; each must exist as lessons/<id>.md in the module folder. */
  lessons: z.array(SlugSchema).min(1),
  /** Simulation ids graded in this module. */
  simulations: z.array(SlugSchema).default([]),
});
export type Module = z.infer<typeof ModuleSchema>;

export const CertificatePolicySchema = z.strictObject({
  /** Minimum best score (0..1) on every simulation of the required modules. */
  passMark: z.number().min(0).max(1),
  validityMonths: z.number().int().positive().max(120),
});
export type CertificatePolicy = z.infer<typeof CertificatePolicySchema>;

export const TrackSchema = z.strictObject({
  id: SlugSchema,
  /** Bumped whenever lessons or cases change what a certificate attests. */
  contentVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, "expected a version like 2026.11.0"),
  role: LocalizedTextSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  outcomes: z.array(LocalizedTextSchema).min(1),
  competencies: z.array(z.strictObject({ id: SlugSchema, name: LocalizedTextSchema })).min(1),
  /** Module ids in order; each must exist as modules/<id>/module.yaml. */
  modules: z.array(SlugSchema).min(1),
  requiredModules: z.array(SlugSchema).min(1),
  certificate: CertificatePolicySchema,
});
export type Track = z.infer<typeof TrackSchema>;
