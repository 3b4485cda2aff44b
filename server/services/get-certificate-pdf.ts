import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { PUBLIC_ID_PATTERN, readForVerifier } from "./get-public-credential";

/** The stored PDF of a certificate, as made at issuance. */
export async function getCertificatePdf(publicId: string): Promise<Buffer> {
  if (!PUBLIC_ID_PATTERN.test(publicId)) throw new AppError("NOT_FOUND", "errors.noSuchCertificate");
  const row = await readForVerifier(async () => (await prisma()).credential.findUnique({ where: { publicId }, select: { pdf: { select: { pdfBase64: true } } } }));
  if (!row?.pdf) throw new AppError("NOT_FOUND", "errors.noPdf");
  return Buffer.from(row.pdf.pdfBase64, "base64");
}
