"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { importRoster, type RosterImportReport } from "@/server/services/import-roster";

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
