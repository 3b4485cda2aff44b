// A stored credential is verified once (at issuance, and again only under a new keyring); reads
// answer from the kept outcomes plus the status bit and dates. Bulk verification is bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { MAX_BULK_IDS } from "@/domain/certificates/bulk-verification-csv";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { revokeCredential } from "@/server/services/revoke-credential";
import { issuerKeyring } from "@/server/services/check-stored-proof";
import { getPublicCredential } from "@/server/services/get-public-credential";
import { verifyCredentialDocument } from "@/server/services/verify-credential-document";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { POST as bulkRoute } from "@/app/api/verify/bulk/route";
import { GET as credentialRoute } from "@/app/api/credentials/[id]/route";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let admin: Awaited<ReturnType<typeof createLearner>>;
const ids: string[] = [];

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  admin = await createLearner({ role: "PLATFORM_ADMIN" });
  for (let i = 0; i < 3; i++) {
    const learner = await createLearner({ name: `Learner ${i}` });
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId, new Date(Date.now() - 60_000));
    ids.push((await claimCertificate(learner, TRACK)).publicId);
  }
});
afterAll(() => db.dispose());

const bulk = (body: string) => bulkRoute(new Request("http://localhost/api/verify/bulk", { method: "POST", body, headers: { "content-type": "text/csv" } }), { params: Promise.resolve({}) });

describe("stored credentials", () => {
  it("keep their proof outcomes and indexed id from issuance", async () => {
    const row = await db.prisma.credential.findUniqueOrThrow({ where: { publicId: ids[0]! } });
    expect(row.credentialId).toBe((row.document as { id: string }).id);
    expect(row.credentialId).toMatch(/^urn:uuid:/);
    expect(row.proofKeyring).toBe(issuerKeyring());
    expect(row.proofChecks).toEqual([
      expect.objectContaining({ check: "schema", ok: true }),
      expect.objectContaining({ check: "issuer-key", ok: true }),
      expect.objectContaining({ check: "signature", ok: true }),
    ]);
  });

  it("give the same result as a full verification, for valid, revoked and expired ones", async () => {
    await revokeCredential(admin, { publicId: ids[1]!, reason: "Issued in error" });
    const later = new Date(Date.now() + 10 * 366 * 24 * 3600_000);
    for (const [publicId, now] of [[ids[0]!, new Date()], [ids[1]!, new Date()], [ids[0]!, later]] as const) {
      const stored = await getPublicCredential(publicId, now);
      const full = await verifyCredentialDocument(stored.record.document, now);
      expect(stored.verification).toEqual(full);
    }
    expect((await getPublicCredential(ids[1]!)).standing).toBe("revoked");
    expect((await getPublicCredential(ids[0]!, later)).standing).toBe("expired");
  });

  it("are judged from the kept outcomes on read, not by checking the signature again", async () => {
    // Kept outcomes that say "tampered" win over bytes that would verify: the read verified nothing.
    await db.prisma.credential.update({
      where: { publicId: ids[2]! },
      data: { proofChecks: [{ check: "schema", ok: true, reason: "ok" }, { check: "issuer-key", ok: true, reason: "ok" }, { check: "signature", ok: false, failure: "tampered", reason: "kept outcome" }] },
    });
    const read = await getPublicCredential(ids[2]!);
    expect(read.standing).toBe("invalid");
    expect(read.verification.checks.find((c) => c.check === "signature")?.reason).toBe("kept outcome");
  });

  it("are checked again, once, when the issuer's keyring changes", async () => {
    const before = await db.prisma.credential.findUniqueOrThrow({ where: { publicId: ids[2]! } });
    await db.prisma.credential.update({ where: { publicId: ids[2]! }, data: { proofKeyring: "an-older-keyring" } });
    expect((await getPublicCredential(ids[2]!)).standing).toBe("valid");
    const after = await db.prisma.credential.findUniqueOrThrow({ where: { publicId: ids[2]! } });
    expect(after.proofKeyring).toBe(issuerKeyring());
    expect(after.proofCheckedAt!.getTime()).toBeGreaterThanOrEqual(before.proofCheckedAt!.getTime());
    expect((after.proofChecks as { ok: boolean }[]).every((c) => c.ok === true)).toBe(true);
  });

  it("are served as stored bytes with a validator, and 304 when unchanged", async () => {
    const first = await credentialRoute(new Request(`http://localhost/api/credentials/${ids[0]}`), { params: Promise.resolve({ id: ids[0]! }) });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const document = JSON.parse(await first.text());
    expect(document.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    const again = await credentialRoute(new Request(`http://localhost/api/credentials/${ids[0]}`, { headers: { "if-none-match": etag } }), { params: Promise.resolve({ id: ids[0]! }) });
    expect(again.status).toBe(304);
    const missing = await credentialRoute(new Request("http://localhost/api/credentials/nosuchcertificate"), { params: Promise.resolve({ id: "nosuchcertificate" }) });
    expect(missing.status).toBe(404);
  });

  it("submitted ones are found by their indexed id and reported with their standing here", async () => {
    const document = (await getPublicCredential(ids[1]!)).record.document;
    const response = await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: JSON.stringify(document) }), { params: Promise.resolve({}) });
    const body = await response.json();
    // Revoked: the signed status list says so, and the row agrees.
    expect(body.status).toBe("invalid");
    expect(body.reason).toBe("revoked");
  });
});

describe("bulk verification", () => {
  it("refuses more than the limit at once with 413, naming the limit, however many ids are sent", async () => {
    for (const count of [MAX_BULK_IDS + 1, 40_000]) {
      const response = await bulk(Array.from({ length: count }, (_, i) => `id${String(i).padStart(6, "0")}`).join("\n"));
      expect(response.status).toBe(413);
      const body = await response.json();
      expect(body.error.code).toBe("TOO_LARGE");
      expect(body.error.message).toContain(String(MAX_BULK_IDS));
    }
  });

  it("accepts exactly the limit, and judges a repeated id once, answering on every line", async () => {
    const lines = Array.from({ length: MAX_BULK_IDS }, (_, i) => ids[i % 2]!);
    const response = await bulk(lines.join("\n"));
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(MAX_BULK_IDS);
    expect(new Set(rows.map((row) => row.split(",")[1]))).toEqual(new Set(["valid", "revoked"]));
  });
});
