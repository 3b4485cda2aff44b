import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { AppError } from "@/server/errors";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { getPublicCredential } from "@/server/services/get-public-credential";
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

async function qualifiedLearner() {
  const learner = await createLearner();
  for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId);
  return learner;
}

describe("certificates", () => {
  it("refuses a claim before the requirement is met", async () => {
    const learner = await createLearner();
    const error = await claimCertificate(learner, TRACK).catch((e: unknown) => e as AppError);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });

  it("issues one signed Open Badges credential that verifies as valid", async () => {
    const learner = await qualifiedLearner();
    const { publicId } = await claimCertificate(learner, TRACK);
    const { record, verification, standing } = await getPublicCredential(publicId);
    expect(standing).toBe("valid");
    expect(verification.checks.every((check) => check.ok === true)).toBe(true);
    const document = record.document as { type: string[]; proof: { cryptosuite: string }; credentialSubject: { achievement: { version: string } } };
    expect(document.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(document.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(record.user.name).toBe(learner.name);
  });

  it("makes exactly one credential when the same learner claims twice at once", async () => {
    const learner = await qualifiedLearner();
    const results = await Promise.all([claimCertificate(learner, TRACK), claimCertificate(learner, TRACK), claimCertificate(learner, TRACK)]);
    expect(new Set(results.map((r) => r.publicId)).size).toBe(1);
    expect(await db.prisma.credential.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("shows a revoked credential as revoked, through the signed status list", async () => {
    const learner = await qualifiedLearner();
    const { publicId } = await claimCertificate(learner, TRACK);
    await db.prisma.credential.update({ where: { publicId }, data: { revokedAt: new Date(), revocationReason: "Issued in error" } });
    const { verification, standing } = await getPublicCredential(publicId);
    expect(standing).toBe("revoked");
    expect(verification).toMatchObject({ status: "invalid", reason: "revoked" });
  });

  it("treats an unknown or malformed public id as not found", async () => {
    for (const id of ["doesNotExist123", "../../etc/passwd", ""]) {
      const error = await getPublicCredential(id).catch((e: unknown) => e as AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
  });
});
