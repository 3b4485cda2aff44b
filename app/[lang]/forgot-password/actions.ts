"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { currentClientIp } from "@/server/rate-limits/client-ip";
import { requestPasswordReset } from "@/server/services/request-password-reset";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";

const ForgotPasswordArgsSchema = z.object({ lang: LangSchema, form: FormDataSchema });

// Server action – ask for a password-reset link (public; the same answer whether or not the account exists; RATE_LIMIT_PASSWORD_RESET per email and per client address).
export async function requestPasswordResetAction(lang: string, _previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const args = parseInput(ForgotPasswordArgsSchema, { lang, form });
    await requestPasswordReset(args.form.get("email"), { ip: await currentClientIp() });
    return undefined;
  }, lang);
}
