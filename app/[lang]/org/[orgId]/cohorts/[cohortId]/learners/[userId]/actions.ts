"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { extendDeadline } from "@/server/services/extend-deadline";

// Server action – give this learner their own deadline for a module (org admins and instructors; audited).
export async function extendDeadlineAction(lang: string, orgId: string, cohortId: string, userId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => extendDeadline(await authorize(), cohortId, userId, { module: form.get("module"), dueOn: form.get("dueOn"), reason: form.get("reason") }));
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}/learners/${userId}`);
  return result as ActionResult;
}

// Server action – a new one-time set-password link for a learner who never claimed their account (org admins).
export async function createSetupLinkAction(cohortId: string, userId: string, _previous: ActionResult<{ token: string }> | null): Promise<ActionResult<{ token: string }>> {
  return runAction(async () => createPasswordSetupLink(await authorize(), cohortId, userId));
}
