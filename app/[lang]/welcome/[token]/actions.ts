"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { setPasswordWithToken } from "@/server/services/set-password-with-token";

// Server action – set the password of an account created by an organization (public; the one-time token is the credential).
export async function setPasswordAction(token: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => setPasswordWithToken(token, form.get("password")));
}
