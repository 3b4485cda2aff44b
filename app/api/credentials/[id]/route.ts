// GET /api/credentials/[id] – the signed credential as issued (public; revoked ones too, so verifiers can see why).
import { AppError } from "@/server/errors";
import { routeHandler } from "@/server/route-handler";
import { getPublicCredential } from "@/server/services/get-public-credential";
import { IdSchema, parseInput } from "@/server/validation";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const id = parseInput(IdSchema, (await params).id, { code: "NOT_FOUND", message: "No certificate with this id." });
  const { record } = await getPublicCredential(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", `No certificate with id "${id}".`);
    throw error;
  });
  const download = new URL(request.url).searchParams.has("download");
  return new Response(JSON.stringify(record.document, null, 2), {
    headers: {
      "content-type": "application/vc+ld+json; charset=utf-8",
      "access-control-allow-origin": "*",
      ...(download ? { "content-disposition": `attachment; filename="borderless-${record.publicId}.json"` } : {}),
    },
  });
});
