"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { importRoster, type RosterImportReport } from "@/server/services/import-roster";
import { rotateInviteCode } from "@/server/services/rotate-invite-code";
import { setModuleDeadline } from "@/server/services/set-module-deadline";

const MAX_BYTES = 2 * 1024 * 1024;

// Server action – enroll learners from a CSV file (the organization's admins; checked in the service).
export async function importRosterAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult<RosterImportReport> | null, form: FormData): Promise<ActionResult<RosterImportReport>> {
  const result = await runAction(async () => {
    const actor = await authorize();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "Choose a CSV file.", { file: ["Choose a CSV file."] });
    if (file.size > MAX_BYTES) throw new AppError("VALIDATION", "The file is larger than 2 MB.", { file: ["The file is larger than 2 MB."] });
    return importRoster(actor, cohortId, await file.text());
  });
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}

// Server action – set, move or clear the cohort's deadline for one module (the organization's admins; audited, learners notified).
export async function setModuleDeadlineAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(async () => {
    await setModuleDeadline(await authorize(), cohortId, { module: form.get("module"), dueOn: form.get("dueOn") ?? "" });
    return undefined;
  });
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}

// Server action – replace the cohort's invite code; the old link stops working at once (the organization's admins; audited).
export async function rotateInviteCodeAction(lang: string, orgId: string, cohortId: string, _previous: ActionResult<{ inviteCode: string }> | null): Promise<ActionResult<{ inviteCode: string }>> {
  const result = await runAction(async () => rotateInviteCode(await authorize(), cohortId));
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}/cohorts/${cohortId}`);
  return result;
}
