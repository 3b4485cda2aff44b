"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { revokeCredential } from "@/server/services/revoke-credential";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const RevokeArgsSchema = z.object({ lang: LangSchema, publicId: IdSchema, form: FormDataSchema });

// Server action – revoke a certificate with a reason (platform admins; the policy is checked in the service).
export async function revokeCredentialAction(lang: string, publicId: string, _previous: ActionResult<{ publicId: string }> | null, form: FormData): Promise<ActionResult<{ publicId: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(RevokeArgsSchema, { lang, publicId, form });
    const { publicId: revoked } = await revokeCredential(await authorize(), { publicId: args.publicId, reason: args.form.get("reason") });
    return { publicId: revoked };
  }, lang);
  if (result.ok) revalidatePath(`/${lang}/admin/credentials`);
  return result;
}
