"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { regradeAttempts, type RegradeSummary } from "@/server/services/regrade-attempts";
import { FormDataSchema, parseInput } from "@/server/validation";

// Server action – regrade attempts graded under corrected rules (platform admins; checked in the service too).
export async function regradeAction(_previous: ActionResult<RegradeSummary> | null, form: FormData): Promise<ActionResult<RegradeSummary>> {
  return runAction(async () => {
    const data = parseInput(FormDataSchema, form);
    return regradeAttempts(await authorize({ roles: ["PLATFORM_ADMIN"] }), { dryRun: data.get("intent") !== "apply" });
  });
}
