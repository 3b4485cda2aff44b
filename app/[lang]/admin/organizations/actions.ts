"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { createOrganization } from "@/server/services/create-organization";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";

const CreateOrganizationArgsSchema = z.object({ lang: LangSchema, form: FormDataSchema });

// Server action – create an organization (platform admins; checked by the service too).
export async function createOrganizationAction(lang: string, _previous: ActionResult<{ id: string }> | null, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(CreateOrganizationArgsSchema, { lang, form });
    return createOrganization(await authorize({ roles: ["PLATFORM_ADMIN"] }), { name: args.form.get("name"), kind: args.form.get("kind") });
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/admin/organizations`);
  return result;
}
