// POST /api/verify/bulk – a CSV of certificate ids in (text/csv body, or multipart field "file" or
// "ids"), a CSV of results out: id, status, holder, track, issued, validUntil, reason. Public;
// RATE_LIMIT_VERIFY_BULK per client address.
import { clientIp } from "@/server/rate-limits/client-ip";
import { enforceRateLimit } from "@/server/rate-limits/rate-limits";
import { readUploadedText } from "@/server/request-body";
import { routeHandler } from "@/server/route-handler";
import { bulkVerifyCredentials } from "@/server/services/bulk-verify-credentials";

export const dynamic = "force-dynamic";

export const POST = routeHandler(async (request: Request) => {
  await enforceRateLimit("verifyBulk", clientIp(request.headers));
  const { csv } = await bulkVerifyCredentials(await readUploadedText(request, "ids"));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="borderless-verification-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
      "access-control-allow-origin": "*",
    },
  });
});
