/**
 * Fifty simultaneous claims of one certificate (a learner hammering the button, a retrying client,
 * several tabs): every one answers with the single credential, none with an error, and one row is
 * stored. Runs on the embedded database by default and on PostgreSQL with TEST_DATABASE_URL, there
 * with a pool of 4 connections so that queued transactions show (before the fix, most claims failed
 * with Prisma's P2028 "Unable to start a transaction in the given time").
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
const CLAIMS = 50;

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase({ poolSize: 4 });
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
});
afterAll(() => db.dispose());

async function qualifiedLearner() {
  const learner = await createLearner();
  for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId);
  return learner;
}

/** Messages of the rejected outcomes, so a failure shows what went wrong. */
const failuresOf = (outcomes: PromiseSettledResult<unknown>[]) =>
  outcomes.flatMap((o) => (o.status === "rejected" ? [String((o.reason as Error)?.message ?? o.reason).slice(0, 160)] : []));
const publicIdsOf = (outcomes: PromiseSettledResult<{ publicId: string }>[]) => new Set(outcomes.map((o) => (o.status === "fulfilled" ? o.value.publicId : null)));

async function storedFor(userId: string) {
  return {
    credentials: await db.prisma.credential.count({ where: { userId } }),
    pdfs: await db.prisma.credentialPdf.count({ where: { credential: { userId } } }),
    auditEvents: await db.prisma.auditEvent.count({ where: { action: "credential.issued", actorId: userId } }),
  };
}

describe("concurrent certificate claims", () => {
  it(`answers ${CLAIMS} simultaneous claims of one certificate with the same credential, and stores one`, async () => {
    const learner = await qualifiedLearner();
    const outcomes = await Promise.allSettled(Array.from({ length: CLAIMS }, () => claimCertificate(learner, TRACK)));
    expect(failuresOf(outcomes)).toEqual([]);
    expect(publicIdsOf(outcomes).size).toBe(1);
    expect(await storedFor(learner.id)).toEqual({ credentials: 1, pdfs: 1, auditEvents: 1 });
  }, 120_000);

  it("returns the winner's credential when two processes race for one certificate (the unique constraint decides)", async () => {
    const learner = await qualifiedLearner();
    // A second, independent copy of the service module stands in for a second server process:
    // it shares the database but not the in-process coalescing.
    vi.resetModules();
    const { claimCertificate: claimInOtherProcess } = await import("@/server/services/claim-certificate");
    expect(claimInOtherProcess).not.toBe(claimCertificate);
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? claimCertificate : claimInOtherProcess)(learner, TRACK)));
    expect(failuresOf(outcomes)).toEqual([]);
    expect(publicIdsOf(outcomes).size).toBe(1);
    expect(await storedFor(learner.id)).toEqual({ credentials: 1, pdfs: 1, auditEvents: 1 });
  }, 120_000);

  it("gives two learners claiming at the same time each their own credential", async () => {
    const [a, b] = [await qualifiedLearner(), await qualifiedLearner()];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => claimCertificate(i % 2 ? a : b, TRACK).then((r) => [i % 2 ? a.id : b.id, r.publicId] as const)));
    const byLearner = new Map<string, Set<string>>();
    for (const [userId, publicId] of results) (byLearner.get(userId) ?? byLearner.set(userId, new Set()).get(userId)!).add(publicId);
    expect([...byLearner.values()].map((ids) => ids.size)).toEqual([1, 1]);
    expect(await db.prisma.credential.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(2);
  }, 120_000);
});
