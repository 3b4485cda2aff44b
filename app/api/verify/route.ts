// POST /api/verify – verify a credential sent as the JSON body or uploaded as a file (multipart field
// "file", or the JSON text in field "credential"); returns each check with its reason (and, with
// ?lang=, its text in that language). Public;
// RATE_LIMIT_VERIFY per client address.
import { clientIp } from "@/server/rate-limits/client-ip";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { readUploadedText } from "@/server/request-body";
import { routeHandler } from "@/server/route-handler";
import { LangSchema } from "@/server/validation";
import { verifySubmittedCredential } from "@/server/services/verify-submitted-credential";

export const dynamic = "force-dynamic";

export const POST = routeHandler(async (request: Request) => {
  await enforceRateLimit("verify", clientIp(request.headers));
  // ?lang=en|zh (the upload page) adds each check's text in that language; anything else, none.
  const displayLocale = LangSchema.safeParse(new URL(request.url).searchParams.get("lang")).data;
  const result = await verifySubmittedCredential(await readUploadedText(request, "credential"), new Date(), displayLocale);
  return Response.json(result, { headers: { "access-control-allow-origin": "*", "cache-control": "no-store" } });
});
