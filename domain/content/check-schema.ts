/**
 * Knowledge checks: a short, self-graded quiz at the end of a module, stored as
 * `tracks/<track>/modules/<module>/check.yaml`. Four kinds of question:
 *
 * - `single`: one correct option among several;
 * - `multiple`: one or more correct options ("select all that apply");
 * - `numeric`: a number, accepted within an absolute tolerance;
 * - `ordering`: items listed in the correct order (the reader shows them shuffled).
 *
 * Every option and every ordering item carries a bilingual explanation, shown after the attempt,
 * so that a wrong choice teaches something. Numeric questions carry one explanation of the working.
 */
import { z } from "zod";
import { LocalizedTextSchema } from "./localized-text";
import { SlugSchema } from "./schema";

export const CheckOptionSchema = z.strictObject({
  id: SlugSchema,
  text: LocalizedTextSchema,
  /** Why this option is right or wrong. */
  explanation: LocalizedTextSchema,
});
export type CheckOption = z.infer<typeof CheckOptionSchema>;

const questionBase = {
  id: SlugSchema,
  prompt: LocalizedTextSchema,
  /** Weight in the check's total; 1 unless a question is worth more. */
  points: z.number().positive().max(10).default(1),
};

export const SingleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("single"),
  options: z.array(CheckOptionSchema).min(2, "a choice question needs at least two options"),
  /** Id of the correct option. */
  answer: SlugSchema,
});

export const MultipleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("multiple"),
  options: z.array(CheckOptionSchema).min(2, "a choice question needs at least two options"),
  /** Ids of every correct option. */
  answers: z.array(SlugSchema).min(1, "list at least one correct option"),
});

export const NumericQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("numeric"),
  answer: z.number().finite(),
  /** Largest accepted absolute difference from `answer`, in the question's unit. */
  tolerance: z.number().min(0),
  /** Unit shown next to the input, e.g. "EUR" or "%". */
  unit: LocalizedTextSchema.optional(),
  /** The working, shown after the attempt. */
  explanation: LocalizedTextSchema,
});

export const OrderingQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("ordering"),
  /** Items in the correct order; each explanation says why it sits where it does. */
  items: z.array(CheckOptionSchema).min(2, "an ordering question needs at least two items"),
});

export const CheckQuestionSchema = z.discriminatedUnion("kind", [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  NumericQuestionSchema,
  OrderingQuestionSchema,
]);
export type CheckQuestion = z.infer<typeof CheckQuestionSchema>;

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

export const KnowledgeCheckSchema = z
  .strictObject({
    /** Share of points (0..1) a learner needs to pass the check. */
    passMark: z.number().min(0).max(1).default(0.7),
    questions: z.array(CheckQuestionSchema).min(1, "a check needs at least one question"),
  })
  .superRefine((check, ctx) => {
    for (const id of duplicates(check.questions.map((q) => q.id))) {
      ctx.addIssue({ code: "custom", path: ["questions"], message: `question id "${id}" is used twice` });
    }
    check.questions.forEach((question, i) => {
      const at = (...path: (string | number)[]) => ["questions", i, ...path];
      if (question.kind === "numeric") return;
      const choices = question.kind === "ordering" ? question.items : question.options;
      const field = question.kind === "ordering" ? "items" : "options";
      const ids = choices.map((c) => c.id);
      for (const id of duplicates(ids)) ctx.addIssue({ code: "custom", path: at(field), message: `id "${id}" is used twice` });
      if (question.kind === "single" && !ids.includes(question.answer)) {
        ctx.addIssue({ code: "custom", path: at("answer"), message: `"${question.answer}" is not one of the option ids (${ids.join(", ")})` });
      }
      if (question.kind === "multiple") {
        question.answers.forEach((answer, j) => {
          if (!ids.includes(answer)) ctx.addIssue({ code: "custom", path: at("answers", j), message: `"${answer}" is not one of the option ids (${ids.join(", ")})` });
        });
        for (const id of duplicates(question.answers)) ctx.addIssue({ code: "custom", path: at("answers"), message: `"${id}" is listed twice` });
      }
    });
  });
export type KnowledgeCheck = z.infer<typeof KnowledgeCheckSchema>;

/** A learner's answers, by question id: an option id, option ids, a number, or item ids in order. */
export const CheckAnswersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()]));
export type CheckAnswers = z.infer<typeof CheckAnswersSchema>;
