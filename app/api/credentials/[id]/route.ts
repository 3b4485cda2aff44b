// GET /api/credentials/[id] – the signed credential as issued (public; revoked ones too, so verifiers
// can see why). Serves stored bytes: nothing is verified here.
import { routeHandler } from "@/server/route-handler";
import { getCredentialDocument } from "@/server/services/get-credential-document";
import { IdSchema, parseInput } from "@/server/validation";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const id = parseInput(IdSchema, (await params).id, { code: "NOT_FOUND", message: "errors.noCertificateWithThisId" });
  const { publicId, bytes, etag } = await getCredentialDocument(id);
  const headers: Record<string, string> = {
    "content-type": "application/vc+ld+json; charset=utf-8",
    "access-control-allow-origin": "*",
    // The bytes never change; its standing is on the verify page and API, not in this document.
    "cache-control": "public, max-age=300",
    etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const download = new URL(request.url).searchParams.has("download");
  if (download) headers["content-disposition"] = `attachment; filename="borderless-${publicId}.json"`;
  return new Response(bytes, { headers });
});
