"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { verifyEmail } from "@/server/services/verify-email";
import { IdSchema, LangSchema, parseInput } from "@/server/validation";

const VerifyEmailArgsSchema = z.object({ lang: LangSchema, token: IdSchema });

// Server action – confirm an email address with its one-time link (public; the token is the credential).
export async function verifyEmailAction(lang: string, token: string, _previous: ActionResult<{ email: string }> | null): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const args = parseInput(VerifyEmailArgsSchema, { lang, token }, { message: "account.linkInvalid" });
    return verifyEmail(args.token);
  }, lang);
}
