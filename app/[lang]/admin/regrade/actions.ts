"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { regradeAttempts, type RegradeSummary } from "@/server/services/regrade-attempts";

// Server action – regrade attempts graded under corrected rules (platform admins; checked in the service too).
export async function regradeAction(_previous: ActionResult<RegradeSummary> | null, form: FormData): Promise<ActionResult<RegradeSummary>> {
  return runAction(async () => regradeAttempts(await authorize({ roles: ["PLATFORM_ADMIN"] }), { dryRun: form.get("intent") !== "apply" }));
}
