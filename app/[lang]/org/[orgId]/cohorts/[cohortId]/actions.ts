"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MAX_ROSTER_BYTES, ROSTER_TOO_LARGE_MESSAGE } from "@/domain/cohorts/roster-limits";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { importRoster, type RosterImportReport } from "@/server/services/import-roster";
import { rotateInviteCode } from "@/server/services/rotate-invite-code";
import { setModuleDeadline } from "@/server/services/set-module-deadline";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const CohortArgsSchema = z.object({ lang: LangSchema, orgId: IdSchema, cohortId: IdSchema });
const CohortFormArgsSchema = CohortArgsSchema.extend({ form: FormDataSchema });

// Server action – enroll learners from a CSV file (the organization's admins; checked in the service).
export async function importRosterAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult<RosterImportReport> | null, form: FormData): Promise<ActionResult<RosterImportReport>> {
  const result = await runAction(async () => {
    const args = parseInput(CohortFormArgsSchema, { lang, orgId, cohortId, form });
    const actor = await authorize();
    const file = args.form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "errors.chooseCsvFile", { file: ["errors.chooseCsvFile"] });
    if (file.size > MAX_ROSTER_BYTES) throw new AppError("VALIDATION", ROSTER_TOO_LARGE_MESSAGE, { file: [ROSTER_TOO_LARGE_MESSAGE] });
    return importRoster(actor, args.cohortId, await file.text(), new Date(), args.lang);
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}

// Server action – set, move or clear the cohort's deadline for one module (the organization's admins; audited, learners notified).
export async function setModuleDeadlineAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    const args = parseInput(CohortFormArgsSchema, { lang, orgId, cohortId, form });
    await setModuleDeadline(await authorize(), args.cohortId, { module: args.form.get("module"), dueOn: args.form.get("dueOn") ?? "" });
    return undefined;
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}

// Server action – replace the cohort's invite code; the old link stops working at once (the organization's admins; audited).
export async function rotateInviteCodeAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult<{ inviteCode: string }> | null): Promise<ActionResult<{ inviteCode: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(CohortArgsSchema, { lang, orgId, cohortId });
    return rotateInviteCode(await authorize(), args.cohortId);
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}
