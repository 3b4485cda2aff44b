"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { saveMemo } from "@/server/services/save-memo";
import { FormDataSchema, LangSchema, parseInput, SlugSchema } from "@/server/validation";

const MemoArgsSchema = z.object({ lang: LangSchema, trackId: SlugSchema, assignmentId: SlugSchema, form: FormDataSchema });

// Server action – save the signed-in learner's memo as a draft, or submit it (own memo only).
export async function saveMemoAction(lang: string, trackId: string, assignmentId: string, _previous: ActionResult<{ status: string; wordCount: number }> | null, form: FormData) {
  const result = await runAction(async () => {
    const args = parseInput(MemoArgsSchema, { lang, trackId, assignmentId, form });
    return saveMemo(await authorize(), args.assignmentId, args.form.get("content"), args.form.get("intent"));
  }, lang);
  if (result.ok && result.data.status === "SUBMITTED") redirect(`/${lang}/tracks/${trackId}/assignments/${assignmentId}`);
  return result;
}
