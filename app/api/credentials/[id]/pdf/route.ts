// GET /api/credentials/[id]/pdf – the PDF certificate exactly as made at issuance (public, like the verify page).
import { AppError } from "@/server/errors";
import { routeHandler } from "@/server/route-handler";
import { getCertificatePdf } from "@/server/services/get-certificate-pdf";
import { IdSchema, parseInput } from "@/server/validation";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const id = parseInput(IdSchema, (await params).id, { code: "NOT_FOUND", message: "errors.noCertificateWithThisId" });
  const pdf = await getCertificatePdf(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", { key: "errors.noCertificateWithId", params: { id } });
    throw error;
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="borderless-certificate-${id}.pdf"`,
      "cache-control": "public, max-age=300",
    },
  });
});
