"use server";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { startAttempt } from "@/server/services/start-attempt";
import { submitAttempt } from "@/server/services/submit-attempt";
import { chooseBranchStep } from "@/server/services/choose-branch-step";

const casePath = (lang: string, trackId: string, simulationId: string) => `/${lang}/tracks/${trackId}/cases/${simulationId}`;

// Server action – open the learner's next attempt (own attempts only; limit and cooldown enforced).
export async function startAttemptAction(lang: string, trackId: string, simulationId: string, _previous: ActionResult<null> | null): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    await startAttempt(await authorize(), trackId, simulationId);
    return null;
  });
  if (result.ok) redirect(casePath(lang, trackId, simulationId));
  return result;
}

// Server action – grade the learner's open attempt, then show the result.
export async function submitAttemptAction(
  lang: string,
  trackId: string,
  simulationId: string,
  number: number,
  _previous: ActionResult<{ number: number }> | null,
  form: FormData,
): Promise<ActionResult<{ number: number }>> {
  const answer: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue; // React's own fields
    const values = form.getAll(key);
    answer[key] = key.endsWith("[]") ? values : values[0]!;
  }
  const normalized = Object.fromEntries(Object.entries(answer).map(([key, value]) => [key.replace(/\[\]$/, ""), value]));
  const result = await runAction(async () => submitAttempt(await authorize(), trackId, simulationId, number, normalized));
  if (result.ok) redirect(`${casePath(lang, trackId, simulationId)}/attempts/${number}`);
  return result;
}

// Server action – record one decision of a branching case on the learner's open attempt.
export async function chooseStepAction(
  lang: string,
  trackId: string,
  simulationId: string,
  number: number,
  part: string,
  _previous: ActionResult<null> | null,
  form: FormData,
): Promise<ActionResult<null>> {
  const value = form.get(part);
  const result = await runAction(async () => {
    await chooseBranchStep(await authorize(), trackId, simulationId, number, part, typeof value === "string" ? value : "");
    return null;
  });
  if (result.ok) redirect(casePath(lang, trackId, simulationId));
  return result;
}
