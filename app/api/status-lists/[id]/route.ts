// GET /api/status-lists/[id] – the signed Bitstring Status List credential for revocations (public).
import { STATUS_LIST_ID } from "@/server/issuer";
import { AppError } from "@/server/errors";
import { routeHandler } from "@/server/route-handler";
import { signedStatusList } from "@/server/services/status-list";
import { IdSchema, parseInput } from "@/server/validation";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const id = parseInput(IdSchema, (await params).id, { code: "NOT_FOUND", message: "errors.noSuchStatusList" });
  if (id !== STATUS_LIST_ID) throw new AppError("NOT_FOUND", { key: "errors.noStatusListWithId", params: { id } });
  return new Response(JSON.stringify(await signedStatusList()), {
    headers: { "content-type": "application/vc+ld+json; charset=utf-8", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
});
