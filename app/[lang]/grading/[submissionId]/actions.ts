"use server";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { gradeMemo } from "@/server/services/grade-memo";

// Server action – grade a memo with its rubric (org staff of the learner's cohort, or a platform admin).
export async function gradeMemoAction(lang: string, submissionId: string, _previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const selection: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("criterion.") && typeof value === "string") selection[key.slice("criterion.".length)] = value;
  const result = await runAction(async () => {
    await gradeMemo(await authorize(), submissionId, selection, form.get("comment"));
    return null;
  });
  if (result.ok) redirect(`/${lang}/grading/${submissionId}?graded=1`);
  return result;
}
