import "server-only";
import { drawVariant, ruleRefsOf, solveVariant } from "@/domain/simulations/run-simulation";
import { loadCatalog } from "../content/load-content";
import { isUniqueViolation } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { issueCredential } from "../services/issue-credential";

const DEMO_LEARNER_EMAIL = "learner@borderless.test";

/** Fixed ids of the demo learner's certificates (listed in the README under "Demo credentials"). */
export const DEMO_CREDENTIAL_IDS = { valid: "demo-valid-2026", revoked: "demo-revoked-2026", expired: "demo-expired-2026" } as const;

const MONTH = 30 * 24 * 3600_000;

/**
 * Three certificates for the demo learner, one valid, one revoked, one expired, so the verify page
 * and API can be tried at once. Idempotent: an id that exists is left alone. Signed with this
 * deployment's issuer key and DID (PUBLIC_URL): after changing either, delete and re-seed them.
 */
export async function seedDemoCredentials(prisma: PrismaClient, now = new Date()): Promise<void> {
  const learner = await prisma.user.findUnique({ where: { email: DEMO_LEARNER_EMAIL }, select: { id: true, name: true, email: true } });
  if (!learner) return;
  const catalog = loadCatalog();
  const demos = [
    { publicId: DEMO_CREDENTIAL_IDS.valid, trackId: "compliance-architect", issuedAt: new Date(now.getTime() - MONTH) },
    { publicId: DEMO_CREDENTIAL_IDS.revoked, trackId: "growth-engineer", issuedAt: new Date(now.getTime() - 2 * MONTH), revocationReason: "Demo: revoked because the graded cases were found to be shared between accounts." },
    // Certified two years ago on an earlier version of the track, for 24 months: expired now.
    { publicId: DEMO_CREDENTIAL_IDS.expired, trackId: "compliance-architect", issuedAt: new Date(now.getTime() - 26 * MONTH), validUntil: new Date(now.getTime() - 2 * MONTH), contentVersion: "2024.11.0" },
  ];
  for (const demo of demos) {
    const track = catalog.track(demo.trackId);
    if (!track || (await prisma.credential.findUnique({ where: { publicId: demo.publicId }, select: { id: true } }))) continue;
    const simulations = track.moduleList.filter((m) => track.requiredModules.includes(m.id)).flatMap((m) => m.simulations);
    const ruleVersions = new Map<string, number>();
    for (const id of simulations) {
      const simulation = catalog.simulation(id);
      if (simulation) for (const ref of ruleRefsOf(solveVariant(simulation, drawVariant(simulation, 1)))) ruleVersions.set(ref.id, ref.version);
    }
    try {
      await issueCredential(prisma, {
        holder: learner,
        track,
        results: simulations.map((simulationId, i) => ({ simulationId, best: 0.85 + (i % 3) * 0.05 })),
        ruleVersions,
        generation: 0,
        issuedAt: demo.issuedAt,
        publicId: demo.publicId,
        actorId: null,
        auditAction: "credential.issued",
        ...(demo.validUntil && { validUntil: demo.validUntil }),
        ...(demo.contentVersion && { contentVersion: demo.contentVersion }),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      console.warn(`Demo credential ${demo.publicId} not seeded: the demo learner already holds a certificate for ${demo.trackId}.`);
      continue;
    }
    if (demo.revocationReason) {
      await prisma.credential.update({ where: { publicId: demo.publicId }, data: { revokedAt: new Date(demo.issuedAt.getTime() + MONTH), revocationReason: demo.revocationReason } });
      await prisma.auditEvent.create({ data: { actorId: null, action: "credential.revoked", subject: `credential:${demo.publicId}`, detail: { reason: demo.revocationReason, seeded: true } } });
    }
  }
}
