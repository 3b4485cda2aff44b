"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { addOrgMember, type AddedMember } from "@/server/services/add-org-member";
import { createCohort } from "@/server/services/create-cohort";
import { removeOrgMember } from "@/server/services/remove-org-member";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const OrgFormArgsSchema = z.object({ lang: LangSchema, orgId: IdSchema, form: FormDataSchema });
const RemoveMemberArgsSchema = z.object({ lang: LangSchema, orgId: IdSchema, userId: IdSchema });

// Server action – add a member or change their role; an email without an account gets a new, passwordless
// account and a one-time set-password link (the organization's admins; checked in the service).
export async function addMemberAction(lang: string, orgId: string, _previous: ActionResult<AddedMember> | null, form: FormData): Promise<ActionResult<AddedMember>> {
  const result = await runAction(async () => {
    const args = parseInput(OrgFormArgsSchema, { lang, orgId, form });
    return addOrgMember(await authorize(), args.orgId, { email: args.form.get("email"), role: args.form.get("role"), name: args.form.get("name") ?? undefined });
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result;
}

// Server action – remove a member (the organization's admins; never the last admin).
export async function removeMemberAction(lang: string, orgId: string, userId: string, _previous: ActionResult | null): Promise<ActionResult> {
  const result = await runAction(async () => {
    const args = parseInput(RemoveMemberArgsSchema, { lang, orgId, userId });
    return removeOrgMember(await authorize(), args.orgId, args.userId);
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result as ActionResult;
}

// Server action – create a cohort with module deadlines (fields `deadline:<track>/<module>`).
export async function createCohortAction(lang: string, orgId: string, _previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(OrgFormArgsSchema, { lang, orgId, form });
    const deadlines: Record<string, FormDataEntryValue> = {};
    for (const [name, value] of args.form.entries()) if (name.startsWith("deadline:")) deadlines[name.slice("deadline:".length)] = value;
    const data = args.form;
    return createCohort(await authorize(), args.orgId, { name: data.get("name"), trackIds: data.getAll("trackIds"), startsOn: data.get("startsOn"), endsOn: data.get("endsOn"), deadlines });
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/org/${orgId}`);
  return result;
}
