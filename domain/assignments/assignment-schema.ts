/**
 * Written assignments (content/assignments/<id>.yaml): a memo the learner writes in the editor and
 * an instructor grades with a rubric. Each criterion has levels with points; a grade picks one level
 * per criterion.
 */
import { z } from "zod";
import { LocalizedTextSchema } from "../content/localized-text";

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase slug");

export const RubricLevelSchema = z.strictObject({
  points: z.number().int().min(0).max(100),
  label: LocalizedTextSchema,
  descriptor: LocalizedTextSchema,
});

export const RubricCriterionSchema = z
  .strictObject({
    id: Slug,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** From weakest to strongest. */
    levels: z.array(RubricLevelSchema).min(2),
  })
  .refine((c) => c.levels.every((level, i) => i === 0 || level.points > c.levels[i - 1]!.points), "levels must be listed with strictly increasing points");

export const AssignmentSchema = z
  .strictObject({
    id: Slug,
    track: Slug,
    /** The module whose knowledge the memo applies. */
    module: Slug,
    title: LocalizedTextSchema,
    /** Markdown. */
    prompt: LocalizedTextSchema,
    minWords: z.number().int().min(0),
    maxWords: z.number().int().positive(),
    /** Share of rubric points that counts as a pass. */
    passMark: z.number().min(0).max(1),
    rubric: z.array(RubricCriterionSchema).min(1),
  })
  .refine((a) => a.minWords < a.maxWords, { message: "minWords must be below maxWords", path: ["maxWords"] })
  .refine((a) => new Set(a.rubric.map((c) => c.id)).size === a.rubric.length, { message: "criterion ids must be unique", path: ["rubric"] });
export type Assignment = z.infer<typeof AssignmentSchema>;
