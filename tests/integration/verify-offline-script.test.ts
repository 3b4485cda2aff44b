/** The offline checker a verifier runs (scripts/verify-offline.mjs) accepts our credentials and sees revocation. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { issuerDidDocument } from "@/server/issuer";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { revokeCredential } from "@/server/services/revoke-credential";
import { signedStatusList } from "@/server/services/status-list";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
});
afterAll(() => db.dispose());

async function runChecker(credential: unknown, statusList: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "offline-"));
  const files = { credential: join(dir, "credential.json"), did: join(dir, "did.json"), status: join(dir, "status.json") };
  writeFileSync(files.credential, JSON.stringify(credential));
  writeFileSync(files.did, JSON.stringify(issuerDidDocument()));
  writeFileSync(files.status, JSON.stringify(statusList));
  const run = spawnSync("node", ["scripts/verify-offline.mjs", files.credential, files.did, files.status], { encoding: "utf8" });
  return { status: run.status, report: JSON.parse(run.stdout || "{}") as { verified: boolean; reason?: string } };
}

describe("offline verification with Digital Bazaar's libraries", () => {
  it("verifies an issued certificate, then reports it revoked once the status list says so", async () => {
    const learner = await createLearner();
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId);
    const { publicId } = await claimCertificate(learner, TRACK);
    const { document } = await db.prisma.credential.findUniqueOrThrow({ where: { publicId } });

    expect(await runChecker(document, await signedStatusList())).toMatchObject({ status: 0, report: { verified: true } });

    const admin = await createLearner({ role: "PLATFORM_ADMIN" });
    await revokeCredential(admin, { publicId, reason: "Checked offline after revocation" });
    const revoked = await runChecker(document, await signedStatusList());
    expect(revoked.status).toBe(1);
    expect(revoked.report.reason).toMatch(/revoked/);
  }, 60_000);
});
