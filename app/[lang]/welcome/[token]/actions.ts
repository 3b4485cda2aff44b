"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { setPasswordWithToken } from "@/server/services/set-password-with-token";
import { FormDataSchema, IdSchema, parseInput } from "@/server/validation";

const SetPasswordArgsSchema = z.object({ token: IdSchema, form: FormDataSchema });

// Server action – set the password of an account created by an organization (public; the one-time token is the credential).
export async function setPasswordAction(token: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const args = parseInput(SetPasswordArgsSchema, { token, form }, { message: "This link is not valid any more. Ask your organization for a new one." });
    return setPasswordWithToken(args.token, args.form.get("password"));
  });
}
