"use server";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { joinCohort } from "@/server/services/join-cohort";

// Server action – join a cohort with its invite code (any signed-in user).
export async function joinCohortAction(lang: string, code: string, _previous: ActionResult<{ cohortId: string; joined: boolean }> | null): Promise<ActionResult<{ cohortId: string; joined: boolean }>> {
  const result = await runAction(async () => joinCohort(await authorize(), code));
  if (result.ok) redirect(`/${lang}/cohorts`);
  return result;
}
