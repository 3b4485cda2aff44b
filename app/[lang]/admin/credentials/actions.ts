"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { revokeCredential } from "@/server/services/revoke-credential";

// Server action – revoke a certificate with a reason (platform admins; the policy is checked in the service).
export async function revokeCredentialAction(lang: string, publicId: string, _previous: ActionResult<{ publicId: string }> | null, form: FormData): Promise<ActionResult<{ publicId: string }>> {
  const result = await runAction(async () => {
    const { publicId: revoked } = await revokeCredential(await authorize(), { publicId, reason: form.get("reason") });
    return { publicId: revoked };
  });
  if (result.ok) revalidatePath(`/${lang}/admin/credentials`);
  return result;
}
