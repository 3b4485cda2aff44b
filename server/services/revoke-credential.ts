import "server-only";
import { z } from "zod";
import { cleanText } from "@/domain/text/clean-text";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { canRevokeCredential, loadPolicyActor } from "../policies";
import { fieldErrorsOf } from "../validation";

export const RevokeCredentialInputSchema = z.object({
  publicId: z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a certificate id."),
  reason: cleanText(z.string().trim().min(5, "Give a reason of at least 5 characters: verifiers will read it.").max(500, "Keep the reason under 500 characters."), { multiline: true }),
});
export type RevokeCredentialInput = z.infer<typeof RevokeCredentialInputSchema>;

/**
 * Revokes a certificate with a reason shown to verifiers. The signed status list picks the bit up
 * on its next read (it is rebuilt from the revoked rows); the row keeps who revoked it and why in
 * the audit log. Revoking twice is refused rather than overwriting the first reason.
 */
export async function revokeCredential(actor: Actor, rawInput: unknown, now = new Date()): Promise<{ publicId: string; revokedAt: Date }> {
  const parsed = RevokeCredentialInputSchema.safeParse(rawInput);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkReason", fieldErrorsOf(parsed.error));
  const { publicId, reason } = parsed.data;
  const db = await prisma();
  const credential = await db.credential.findUnique({ where: { publicId }, select: { id: true, userId: true, revokedAt: true, trackId: true, cohort: { select: { organizationId: true } } } });
  // Unknown and forbidden look alike to someone who may not revoke: no probing for ids.
  if (!credential || !canRevokeCredential(await loadPolicyActor(actor), { earnedInOrganizationId: credential.cohort?.organizationId ?? null })) {
    throw new AppError(credential ? "FORBIDDEN" : "NOT_FOUND", credential ? "errors.mayNotRevoke" : "errors.noSuchCertificate");
  }
  return db.$transaction(async (tx) => {
    // Conditional update: of two concurrent revocations exactly one wins and is audited.
    const { count } = await tx.credential.updateMany({ where: { id: credential.id, revokedAt: null }, data: { revokedAt: now, revocationReason: reason } });
    if (count === 0) throw new AppError("CONFLICT", "errors.alreadyRevoked");
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "credential.revoked", subject: `credential:${publicId}`, detail: { reason, trackId: credential.trackId, holderId: credential.userId } },
    });
    return { publicId, revokedAt: now };
  });
}
