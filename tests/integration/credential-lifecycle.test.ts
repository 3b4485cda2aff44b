import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCredential, generateKeyPair, signCredential, toPublicKeyEntry } from "@/domain/credentials";
import type { Actor } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { issuerDid, issuerSigner, publicOrigin } from "@/server/issuer";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { getHolderRenewal } from "@/server/services/credential-currency";
import { getPublicCredential } from "@/server/services/get-public-credential";
import { renewCertificate } from "@/server/services/renew-certificate";
import { revokeCredential } from "@/server/services/revoke-credential";
import { signedStatusList } from "@/server/services/status-list";
import { verifyCredentialDocument } from "@/server/services/verify-credential-document";
import { decodeStatusList, getStatus } from "@/domain/credentials";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
const DAY = 24 * 3600_000;

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
});
afterAll(() => db.dispose());

async function certifiedLearner(at = new Date()) {
  const learner = await createLearner();
  for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId, new Date(at.getTime() - 60_000));
  return { learner, ...(await claimCertificate(learner, TRACK, at)) };
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => "ok", (error: unknown) => (error instanceof AppError ? error.code : String(error)));

describe("revocation", () => {
  it("lets a platform admin revoke with a reason, audited, shown as revoked and set in the signed status list", async () => {
    const { publicId } = await certifiedLearner();
    const admin = await createLearner({ role: "PLATFORM_ADMIN" });
    await revokeCredential(admin, { publicId, reason: "Issued in error: the cases were taken by someone else" });

    const { standing, record, verification } = await getPublicCredential(publicId);
    expect(standing).toBe("revoked");
    expect(record.revocationReason).toBe("Issued in error: the cases were taken by someone else");
    expect(verification).toMatchObject({ status: "invalid", reason: "revoked" });

    const credential = await db.prisma.credential.findUniqueOrThrow({ where: { publicId } });
    const list = (await signedStatusList()) as { credentialSubject: { encodedList: string } };
    expect(getStatus(decodeStatusList(list.credentialSubject.encodedList), credential.statusIndex)).toBe(true);

    const audit = await db.prisma.auditEvent.findMany({ where: { subject: `credential:${publicId}`, action: "credential.revoked" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, detail: { reason: "Issued in error: the cases were taken by someone else" } });
  });

  it("lets the admin of the organization whose cohort it was earned in revoke, but not another organization's admin", async () => {
    const learner = await createLearner();
    const [ours, theirs] = await Promise.all(["Ours", "Theirs"].map((name) => db.prisma.organization.create({ data: { name, kind: "COMPANY" } })));
    const cohort = await db.prisma.cohort.create({
      data: { organizationId: ours!.id, name: "C", trackIds: ["compliance-architect"], startsOn: new Date(), endsOn: new Date(Date.now() + 90 * DAY), inviteCode: `rev-${Date.now()}` },
    });
    await db.prisma.enrollment.create({ data: { cohortId: cohort.id, userId: learner.id, source: "INVITE" } });
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId);
    const { publicId } = await claimCertificate(learner, TRACK);
    expect((await db.prisma.credential.findUniqueOrThrow({ where: { publicId } })).cohortId).toBe(cohort.id);
    const [ourAdmin, theirAdmin] = [await createLearner({ role: "ORG_ADMIN" }), await createLearner({ role: "ORG_ADMIN" })];
    await db.prisma.orgMembership.create({ data: { organizationId: ours!.id, userId: ourAdmin.id, role: "ORG_ADMIN" } });
    await db.prisma.orgMembership.create({ data: { organizationId: theirs!.id, userId: theirAdmin.id, role: "ORG_ADMIN" } });
    expect(await codeOf(revokeCredential(theirAdmin, { publicId, reason: "Not ours to revoke" }))).toBe("FORBIDDEN");
    await revokeCredential(ourAdmin, { publicId, reason: "Academic misconduct found by the university" });
    expect((await getPublicCredential(publicId)).standing).toBe("revoked");
  });

  it("refuses learners, instructors and org admins of no organization of the holder, and changes nothing", async () => {
    const { learner, publicId } = await certifiedLearner();
    for (const actor of [learner, await createLearner({ role: "INSTRUCTOR" }), await createLearner({ role: "ORG_ADMIN" })]) {
      expect(await codeOf(revokeCredential(actor, { publicId, reason: "I want it gone" }))).toBe("FORBIDDEN");
    }
    expect((await getPublicCredential(publicId)).standing).toBe("valid");
    expect(await db.prisma.auditEvent.count({ where: { subject: `credential:${publicId}`, action: "credential.revoked" } })).toBe(0);
  });

  it("requires a reason and refuses to revoke twice", async () => {
    const { publicId } = await certifiedLearner();
    const admin = await createLearner({ role: "PLATFORM_ADMIN" });
    const error = await revokeCredential(admin, { publicId, reason: " " }).catch((e: unknown) => e as AppError);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { reason: [expect.stringContaining("reason")] } });
    await revokeCredential(admin, { publicId, reason: "Fraudulent attempts" });
    expect(await codeOf(revokeCredential(admin, { publicId, reason: "Again, later" }))).toBe("CONFLICT");
  });
});

describe("expiry", () => {
  it("shows a credential past its validUntil as expired", async () => {
    const { publicId } = await certifiedLearner();
    const { record } = await getPublicCredential(publicId);
    const later = new Date(record.validUntil.getTime() + DAY);
    const { standing, verification } = await getPublicCredential(publicId, later);
    expect(standing).toBe("expired");
    expect(verification.checks.find((c) => c.check === "dates")).toMatchObject({ ok: false });
  });
});

describe("outdated and renewal", () => {
  /** Pretends one case was graded under an older version of one of its rules, as if that rule was corrected since. */
  async function certifiedUnderOldRule() {
    const learner = await createLearner();
    const base = Date.now() - 10 * DAY;
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId, new Date(base));
    const [simulationId] = requiredSimulations(TRACK);
    const attempt = await db.prisma.attempt.findFirstOrThrow({ where: { userId: learner.id, simulationId } });
    const refs = attempt.ruleRefs as { id: string; version: number }[];
    const changed = refs[0]!;
    await db.prisma.attempt.update({ where: { id: attempt.id }, data: { ruleRefs: refs.map((r) => (r.id === changed.id ? { ...r, version: r.version - 1 } : r)) } });
    const { publicId } = await claimCertificate(learner, TRACK, new Date(base + DAY));
    return { learner, publicId, simulationId: simulationId!, changedRule: changed.id, issuedAt: base + DAY };
  }

  it("marks a credential outdated when a rule it records has changed, with the reason", async () => {
    const { publicId, changedRule } = await certifiedUnderOldRule();
    const { standing, currency, verification } = await getPublicCredential(publicId);
    expect(verification.status).toBe("valid");
    expect(currency.ruleChanges).not.toEqual([]);
    expect(standing).toBe("outdated");
    expect(currency.ruleChanges).toMatchObject([{ ruleId: changedRule, kind: "corrected" }]);
  });

  it("gives the holder a short update path, and renews once it is done; the old one is superseded", async () => {
    const { learner, publicId, simulationId, changedRule, issuedAt } = await certifiedUnderOldRule();
    const before = await getHolderRenewal(learner, publicId);
    expect(before.path.cases).toEqual([expect.objectContaining({ simulationId, reasons: ["rule-changed"], changedRules: [changedRule], done: false })]);
    expect(before.canRenew).toBe(false);
    expect(await codeOf(renewCertificate(learner, publicId))).toBe("FORBIDDEN");

    await passSimulation(learner, TRACK, simulationId, new Date(issuedAt + DAY));
    expect((await getHolderRenewal(learner, publicId)).canRenew).toBe(true);
    const [first, second] = await Promise.all([renewCertificate(learner, publicId), renewCertificate(learner, publicId)]);
    expect(second.publicId).toBe(first.publicId);
    expect(first.publicId).not.toBe(publicId);

    const renewed = await getPublicCredential(first.publicId);
    expect(renewed.standing).toBe("valid");
    expect(renewed.record.renewedFrom?.publicId).toBe(publicId);
    const document = renewed.record.document as { relatedResource?: { id: string; digestSRI: string }[] };
    expect(document.relatedResource).toEqual([{ id: `${publicOrigin()}/api/credentials/${publicId}`, digestSRI: expect.stringMatching(/^sha384-/), mediaType: "application/vc+ld+json" }]);

    const old = await getPublicCredential(publicId);
    expect(old.verification.status).toBe("valid");
    expect(old.standing).toBe("superseded");
    expect(await db.prisma.auditEvent.count({ where: { action: "credential.renewed", subject: `credential:${first.publicId}` } })).toBe(1);
  });

  it("does not let anyone but the holder see or use the update path", async () => {
    const { publicId } = await certifiedUnderOldRule();
    const stranger: Actor = await createLearner();
    expect(await codeOf(getHolderRenewal(stranger, publicId))).toBe("NOT_FOUND");
    expect(await codeOf(renewCertificate(stranger, publicId))).toBe("NOT_FOUND");
  });

  it("refuses to renew a current credential", async () => {
    const { learner, publicId } = await certifiedLearner();
    expect(await codeOf(renewCertificate(learner, publicId))).toBe("CONFLICT");
  });
});

describe("could not be checked", () => {
  it("never says valid when the status list cannot be read", async () => {
    const now = new Date();
    const unsigned = buildCredential({
      id: "urn:uuid:0b7e3f3e-6f1b-4f0e-9a55-2f1a3c1d9e01",
      issuer: { id: issuerDid(), name: "Borderless", url: publicOrigin() },
      name: "Certificate",
      validFrom: now,
      validUntil: new Date(now.getTime() + 365 * DAY),
      subject: { name: "Someone" },
      achievement: { id: `${publicOrigin()}/en/tracks/${TRACK}#achievement`, name: "A", description: "A", criteriaNarrative: "Pass", achievementType: "Certificate", contentVersion: "1" },
      status: { statusListCredential: "https://status.example.org/lists/7", statusListIndex: 3 },
    });
    const credential = await signCredential(unsigned, { signer: issuerSigner(), now });
    const result = await verifyCredentialDocument(credential, now);
    expect(result.status).toBe("unverifiable");
    expect(result.checks.find((c) => c.check === "status")).toMatchObject({ ok: null, reason: expect.stringContaining("could not be read") });
    expect(result.checks.find((c) => c.check === "signature")?.ok).toBe(true);
  });
});

describe("PDF certificate", () => {
  it("is made and stored at issuance, with the credential attached", async () => {
    const { publicId } = await certifiedLearner();
    const row = await db.prisma.credential.findUniqueOrThrow({ where: { publicId }, select: { pdf: true } });
    const pdf = Buffer.from(row.pdf!.pdfBase64, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain(`borderless-${publicId}.json`);
  });
});
