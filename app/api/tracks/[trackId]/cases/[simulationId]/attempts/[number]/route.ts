// POST /api/tracks/[trackId]/cases/[simulationId]/attempts/[number] – submit the signed-in learner's answer
// (JSON object keyed by rubric part) and get the grade with per-part feedback. RATE_LIMIT_ATTEMPTS per user.
import { authorize } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { routeHandler } from "@/server/route-handler";
import { getAttemptResult } from "@/server/services/get-case-state";
import { submitAttempt } from "@/server/services/submit-attempt";

export const dynamic = "force-dynamic";

export const POST = routeHandler<{ params: Promise<{ trackId: string; simulationId: string; number: string }> }>(async (request, { params }) => {
  const { trackId, simulationId, number } = await params;
  const attemptNumber = Number(number);
  if (!Number.isInteger(attemptNumber) || attemptNumber < 1) throw new AppError("NOT_FOUND", "No such attempt.");
  const actor = await authorize();
  await enforceRateLimit("attempts", actor.id);
  const answer: unknown = await request.json().catch(() => {
    throw new AppError("VALIDATION", "The body must be a JSON object of answers keyed by part id.");
  });
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) throw new AppError("VALIDATION", "The body must be a JSON object of answers keyed by part id.");
  await submitAttempt(actor, trackId, simulationId, attemptNumber, answer);
  const { attempt } = await getAttemptResult(actor, trackId, simulationId, attemptNumber);
  return Response.json({ number: attempt.number, score: attempt.score, parts: attempt.parts, explanation: attempt.explanation, rules: attempt.ruleRefs });
});
