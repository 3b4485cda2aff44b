"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { submitKnowledgeCheck } from "@/server/services/knowledge-checks";
import { FormDataSchema, LangSchema, parseInput, SlugSchema } from "@/server/validation";

const CheckArgsSchema = z.object({ lang: LangSchema, trackId: SlugSchema, moduleId: SlugSchema, form: FormDataSchema });

// Server action – grade the signed-in learner's knowledge check, then show the explanations.
export async function submitCheckAction(lang: string, trackId: string, moduleId: string, _previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const args = parseInput(CheckArgsSchema, { lang, trackId, moduleId, form });
    const fields: Record<string, string | string[]> = {};
    for (const key of new Set(args.form.keys())) {
      if (key.startsWith("$")) continue;
      // A file is not an answer: it arrives as "" and is refused like an unanswered question.
      const values = args.form.getAll(key).map((value) => (typeof value === "string" ? value : ""));
      fields[key] = values.length > 1 ? values : values[0]!;
    }
    await submitKnowledgeCheck(await authorize(), args.trackId, args.moduleId, fields);
    return null;
  }, lang);
  if (result.ok) redirect(`/${lang}/tracks/${trackId}/checks/${moduleId}`);
  return result;
}
