"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { createOrganization } from "@/server/services/create-organization";

// Server action – create an organization (platform admins; checked by the service too).
export async function createOrganizationAction(lang: string, _previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => createOrganization(await authorize({ roles: ["PLATFORM_ADMIN"] }), { name: form.get("name"), kind: form.get("kind") }));
  if (result.ok) revalidatePath(`/${lang}/admin/organizations`);
  return result;
}
