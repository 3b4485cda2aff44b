"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { regradeAttempts, type RegradeSummary } from "@/server/services/regrade-attempts";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";

// Server action – regrade attempts graded under corrected rules (platform admins; checked in the service too).
export async function regradeAction(lang: string, _previous: ActionResult<RegradeSummary> | null, form: FormData): Promise<ActionResult<RegradeSummary>> {
  return runAction(async () => {
    parseInput(LangSchema, lang);
    const data = parseInput(FormDataSchema, form);
    return regradeAttempts(await authorize({ roles: ["PLATFORM_ADMIN"] }), { dryRun: data.get("intent") !== "apply" });
  }, lang);
}
