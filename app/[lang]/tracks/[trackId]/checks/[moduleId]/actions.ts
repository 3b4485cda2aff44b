"use server";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { submitKnowledgeCheck } from "@/server/services/knowledge-checks";

// Server action – grade the signed-in learner's knowledge check, then show the explanations.
export async function submitCheckAction(lang: string, trackId: string, moduleId: string, _previous: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const values = form.getAll(key).map(String);
    fields[key] = values.length > 1 ? values : values[0]!;
  }
  const result = await runAction(async () => {
    await submitKnowledgeCheck(await authorize(), trackId, moduleId, fields);
    return null;
  });
  if (result.ok) redirect(`/${lang}/tracks/${trackId}/checks/${moduleId}`);
  return result;
}
