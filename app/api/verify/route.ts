// POST /api/verify – verify a credential sent as the JSON body or uploaded as a file (multipart field
// "file", or the JSON text in field "credential"); returns each check with its reason. Public;
// RATE_LIMIT_VERIFY per client address.
import { clientIp } from "@/server/rate-limits/client-ip";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { readUploadedText } from "@/server/request-body";
import { routeHandler } from "@/server/route-handler";
import { verifySubmittedCredential } from "@/server/services/verify-submitted-credential";

export const dynamic = "force-dynamic";

export const POST = routeHandler(async (request: Request) => {
  await enforceRateLimit("verify", clientIp(request.headers));
  const result = await verifySubmittedCredential(await readUploadedText(request, "credential"));
  return Response.json(result, { headers: { "access-control-allow-origin": "*", "cache-control": "no-store" } });
});
