// POST /api/tracks/[trackId]/cases/[simulationId]/attempts – open (or resume) the signed-in learner's attempt;
// returns the variant's parameters and brief, never the key. RATE_LIMIT_ATTEMPTS per user.
import { authorize } from "@/server/authorize";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { routeHandler } from "@/server/route-handler";
import { getCaseState } from "@/server/services/get-case-state";
import { startAttempt } from "@/server/services/start-attempt";
import { parseInput, SlugSchema } from "@/server/validation";
import { z } from "zod";

const CaseParamsSchema = z.object({ trackId: SlugSchema, simulationId: SlugSchema });

export const dynamic = "force-dynamic";

export const POST = routeHandler<{ params: Promise<{ trackId: string; simulationId: string }> }>(async (_request, { params }) => {
  const { trackId, simulationId } = parseInput(CaseParamsSchema, await params, { code: "NOT_FOUND", message: "errors.noSuchCase" });
  const actor = await authorize();
  await enforceRateLimit("attempts", actor.id);
  const { number } = await startAttempt(actor, trackId, simulationId);
  const { open, simulation } = await getCaseState(actor, trackId, simulationId);
  return Response.json(
    { number, simulationId, simulationVersion: simulation.version, params: open?.params ?? null, nextStep: open?.branch?.current ?? null },
    { status: 201 },
  );
});
