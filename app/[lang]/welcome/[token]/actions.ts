"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { setPasswordWithToken } from "@/server/services/set-password-with-token";
import { FormDataSchema, IdSchema, LangSchema, parseInput } from "@/server/validation";

const SetPasswordArgsSchema = z.object({ lang: LangSchema, token: IdSchema, form: FormDataSchema });

// Server action – set the password of an account created by an organization (public; the one-time token is the credential).
export async function setPasswordAction(lang: string, token: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const args = parseInput(SetPasswordArgsSchema, { lang, token, form }, { message: "errors.linkInvalid" });
    return setPasswordWithToken(args.token, args.form.get("password"));
  }, lang);
}
