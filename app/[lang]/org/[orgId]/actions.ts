"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { addOrgMember, type AddedMember } from "@/server/services/add-org-member";
import { createCohort } from "@/server/services/create-cohort";
import { removeOrgMember } from "@/server/services/remove-org-member";

// Server action – add a member or change their role; an email without an account gets a new, passwordless
// account and a one-time set-password link (the organization's admins; checked in the service).
export async function addMemberAction(lang: string, orgId: string, _previous: ActionResult<AddedMember> | null, form: FormData): Promise<ActionResult<AddedMember>> {
  const result = await runAction(async () => addOrgMember(await authorize(), orgId, { email: form.get("email"), role: form.get("role"), name: form.get("name") ?? undefined }));
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result;
}

// Server action – remove a member (the organization's admins; never the last admin).
export async function removeMemberAction(lang: string, orgId: string, userId: string, _previous: ActionResult | null): Promise<ActionResult> {
  const result = await runAction(async () => removeOrgMember(await authorize(), orgId, userId));
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result as ActionResult;
}

// Server action – create a cohort with module deadlines (fields `deadline:<track>/<module>`).
export async function createCohortAction(lang: string, orgId: string, _previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const deadlines: Record<string, FormDataEntryValue> = {};
  for (const [name, value] of form.entries()) if (name.startsWith("deadline:")) deadlines[name.slice("deadline:".length)] = value;
  const result = await runAction(async () =>
    createCohort(await authorize(), orgId, { name: form.get("name"), trackIds: form.getAll("trackIds"), startsOn: form.get("startsOn"), endsOn: form.get("endsOn"), deadlines }),
  );
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result;
}
