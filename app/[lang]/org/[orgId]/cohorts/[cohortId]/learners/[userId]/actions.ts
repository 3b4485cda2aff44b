"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { extendDeadline } from "@/server/services/extend-deadline";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const ExtendArgsSchema = z.object({ lang: LangSchema, orgId: IdSchema, cohortId: IdSchema, userId: IdSchema, form: FormDataSchema });
const SetupLinkArgsSchema = z.object({ lang: LangSchema, cohortId: IdSchema, userId: IdSchema });

// Server action – give this learner their own deadline for a module (org admins and instructors; audited).
export async function extendDeadlineAction(lang: string, orgId: string, cohortId: string, userId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const args = parseInput(ExtendArgsSchema, { lang, orgId, cohortId, userId, form });
    return extendDeadline(await authorize(), args.cohortId, args.userId, { module: args.form.get("module"), dueOn: args.form.get("dueOn"), reason: args.form.get("reason") });
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}/learners/${userId}`);
  return result as ActionResult;
}

// Server action – a new one-time set-password link for a learner who never claimed their account (org admins).
export async function createSetupLinkAction(lang: string, cohortId: string, userId: string, _previous: ActionResult<{ token: string }> | null): Promise<ActionResult<{ token: string }>> {
  return runAction(async () => {
    const args = parseInput(SetupLinkArgsSchema, { lang, cohortId, userId });
    return createPasswordSetupLink(await authorize(), args.cohortId, args.userId);
  }, lang);
}
