"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { gradeMemo } from "@/server/services/grade-memo";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const GradeArgsSchema = z.object({ lang: LangSchema, submissionId: IdSchema, form: FormDataSchema });

// Server action – grade a memo with its rubric (org staff of the learner's cohort, or a platform admin).
export async function gradeMemoAction(lang: string, submissionId: string, _previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const args = parseInput(GradeArgsSchema, { lang, submissionId, form });
    const selection: Record<string, string> = {};
    for (const [key, value] of args.form.entries()) if (key.startsWith("criterion.") && typeof value === "string") selection[key.slice("criterion.".length)] = value;
    await gradeMemo(await authorize(), args.submissionId, selection, args.form.get("comment"));
    return null;
  }, lang);
  if (result.ok) redirect(`/${lang}/grading/${submissionId}?graded=1`);
  return result;
}
