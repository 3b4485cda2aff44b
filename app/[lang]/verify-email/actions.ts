"use server";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { resendVerificationEmail } from "@/server/services/verify-email";
import { LangSchema, parseInput } from "@/server/validation";

const ResendArgsSchema = z.object({ lang: LangSchema });

// Server action – email the signed-in user a new verification link (signed in; limited per account).
export async function resendVerificationAction(lang: string, _previous: ActionResult | null): Promise<ActionResult> {
  return runAction(async () => {
    parseInput(ResendArgsSchema, { lang });
    await resendVerificationEmail(await authorize());
    return undefined;
  }, lang);
}
