"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { startAttempt } from "@/server/services/start-attempt";
import { submitAttempt } from "@/server/services/submit-attempt";
import { chooseBranchStep } from "@/server/services/choose-branch-step";
import { AttemptNumberSchema, FormDataSchema, LangSchema, parseInput, SlugSchema } from "@/server/validation";

const casePath = (lang: string, trackId: string, simulationId: string) => `/${lang}/tracks/${trackId}/cases/${simulationId}`;

const CaseArgsSchema = z.object({ lang: LangSchema, trackId: SlugSchema, simulationId: SlugSchema });
const SubmitArgsSchema = CaseArgsSchema.extend({ number: AttemptNumberSchema, form: FormDataSchema });
/** A rubric part id as the case's content names it (camelCase). */
const PartSchema = z.string({ error: "Expected a part id" }).regex(/^[A-Za-z][A-Za-z0-9_-]{0,99}$/, "Not a part id");
const StepArgsSchema = SubmitArgsSchema.extend({ part: PartSchema });

// Server action – open the learner's next attempt (own attempts only; limit and cooldown enforced).
export async function startAttemptAction(lang: string, trackId: string, simulationId: string, _previous: ActionResult<null> | null): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const args = parseInput(CaseArgsSchema, { lang, trackId, simulationId });
    await startAttempt(await authorize(), args.trackId, args.simulationId);
    return null;
  }, lang);
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
  const result = await runAction(async () => {
    const args = parseInput(SubmitArgsSchema, { lang, trackId, simulationId, number, form });
    const answer: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
    for (const key of new Set(args.form.keys())) {
      if (key.startsWith("$")) continue; // React's own fields
      const values = args.form.getAll(key);
      answer[key.replace(/\[\]$/, "")] = key.endsWith("[]") ? values : values[0]!;
    }
    return submitAttempt(await authorize(), args.trackId, args.simulationId, args.number, answer);
  }, lang);
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
  const result = await runAction(async () => {
    const args = parseInput(StepArgsSchema, { lang, trackId, simulationId, number, part, form });
    const value = args.form.get(args.part);
    await chooseBranchStep(await authorize(), args.trackId, args.simulationId, args.number, args.part, typeof value === "string" ? value : "");
    return null;
  }, lang);
  if (result.ok) redirect(casePath(lang, trackId, simulationId));
  return result;
}
