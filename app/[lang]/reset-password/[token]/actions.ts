"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { resetPassword } from "@/server/services/reset-password";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const ResetPasswordArgsSchema = z.object({ lang: LangSchema, token: IdSchema, form: FormDataSchema });

// Server action – set a new password with a reset link (public; the one-time token is the credential; ends every other session).
export async function resetPasswordAction(lang: string, token: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const args = parseInput(ResetPasswordArgsSchema, { lang, token, form }, { message: "account.linkInvalid" });
    return resetPassword(args.token, args.form.get("password"));
  }, lang);
}
