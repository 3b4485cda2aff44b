"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { joinCohort } from "@/server/services/join-cohort";
import { IdSchema, LangSchema, parseInput } from "@/server/validation";

const JoinArgsSchema = z.object({ lang: LangSchema, code: IdSchema });

// Server action – join a cohort with its invite code (any signed-in user).
export async function joinCohortAction(lang: string, code: string, _previous: ActionResult<{ cohortId: string; joined: boolean }> | null): Promise<ActionResult<{ cohortId: string; joined: boolean }>> {
  const result = await runAction(async () => {
    const args = parseInput(JoinArgsSchema, { lang, code }, { message: "errors.inviteCodeInvalid" });
    return joinCohort(await authorize(), args.code);
  }, lang);
  if (result.ok) redirect(`/${lang}/cohorts`);
  return result;
}
