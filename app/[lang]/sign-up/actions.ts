"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { currentClientIp } from "@/server/rate-limits/client-ip";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { createAccount } from "@/server/services/create-account";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";
import { z } from "zod";

const SignUpArgsSchema = z.object({ lang: LangSchema, form: FormDataSchema });

// Server action – create a learner account (public: anyone may sign up; RATE_LIMIT_SIGN_UP per client address).
export async function signUpAction(lang: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const args = parseInput(SignUpArgsSchema, { lang, form });
    await enforceRateLimit("signUp", await currentClientIp());
    const account = await createAccount({ name: args.form.get("name"), email: args.form.get("email"), password: args.form.get("password") }, args.lang);
    return { email: account.email };
  }, lang);
}
