// POST /api/tracks/[trackId]/cases/[simulationId]/attempts/[number] – submit the signed-in learner's answer
// (JSON object keyed by rubric part) and get the grade with per-part feedback. RATE_LIMIT_ATTEMPTS per user.
import { authorize } from "@/server/authorize";
import { z } from "zod";
import { AppError } from "@/server/errors";
import { MAX_JSON_BODY_BYTES, readJsonBody } from "@/server/request-body";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { routeHandler } from "@/server/route-handler";
import { getAttemptResult } from "@/server/services/get-case-state";
import { submitAttempt } from "@/server/services/submit-attempt";
import { AttemptNumberSchema, parseInput, SlugSchema } from "@/server/validation";

const AttemptParamsSchema = z.object({ trackId: SlugSchema, simulationId: SlugSchema, number: AttemptNumberSchema });
const ANSWER_BODY_MESSAGE = "errors.answerBodyShape";

export const dynamic = "force-dynamic";

export const POST = routeHandler<{ params: Promise<{ trackId: string; simulationId: string; number: string }> }>(async (request, { params }) => {
  const { trackId, simulationId, number: attemptNumber } = parseInput(AttemptParamsSchema, await params, { code: "NOT_FOUND", message: "errors.noSuchAttempt" });
  const actor = await authorize();
  await enforceRateLimit("attempts", actor.id);
  const answer = await readJsonBody(request, MAX_JSON_BODY_BYTES, ANSWER_BODY_MESSAGE);
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) throw new AppError("VALIDATION", ANSWER_BODY_MESSAGE);
  await submitAttempt(actor, trackId, simulationId, attemptNumber, answer);
  const { attempt } = await getAttemptResult(actor, trackId, simulationId, attemptNumber);
  return Response.json({ number: attempt.number, score: attempt.score, parts: attempt.parts, explanation: attempt.explanation, rules: attempt.ruleRefs });
});
