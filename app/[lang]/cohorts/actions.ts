"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { answerCohortInvitation } from "@/server/services/answer-cohort-invitation";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";

// Server action – the signed-in learner accepts or declines their own invitation to a cohort (checked in the service).
export async function answerInvitationAction(lang: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    parseInput(LangSchema, lang);
    parseInput(FormDataSchema, form);
    await answerCohortInvitation(await authorize(), { invitationId: form.get("invitationId"), answer: form.get("answer") });
    return undefined;
  }, lang);
  if (result.ok) revalidatePath(`/${lang}`, "layout");
  return result;
}
