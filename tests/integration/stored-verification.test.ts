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
import { checkText, standingText } from "@/server/certificates/verification-text";
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

// What an employer reading /zh/verify/… sees (issue 13): every check and the standing in Chinese,
// dates in the reader's format; the JSON API keeps its English sentences.
describe("the verify page's text in the reader's language", () => {
  // Three or more English words in a row, once DIDs, URLs and the standard's names are set aside.
  const englishPhrases = (text: string) =>
    text
      .replace(/https?:\/\/\S+/g, " ")
      .replace(/\b(?:urn|did):[\w:%.#-]+/g, " ")
      .replace(/Open Badges|eddsa-rdfc-2022/g, " ")
      .match(/[A-Za-z][A-Za-z'-]+(?:[ ,]+[A-Za-z][A-Za-z'-]+){2,}/g) ?? [];
  const detailsOf = async (publicId: string, now = new Date()) => {
    const found = await getPublicCredential(publicId, now);
    return { found, details: { revocationReason: found.record.revocationReason, renewedBy: found.record.renewedBy?.publicId ?? null, currency: found.currency, verification: found.verification } };
  };

  it("gives every check of a valid certificate in Chinese, with readable dates", async () => {
    const { found, details } = await detailsOf(ids[0]!);
    const texts = found.verification.checks.map((check) => checkText(check, "zh"));
    expect(texts.map((c) => c.name)).toEqual(["格式", "签发方密钥", "签名", "撤销状态", "有效日期"]);
    for (const check of texts) {
      expect(check.detail).toBeUndefined();
      expect(englishPhrases(`${check.name} ${check.outcome} ${check.text}`), check.text).toEqual([]);
    }
    const dates = texts.find((c) => c.check === "dates")!.text;
    expect(dates).toMatch(/^有效期 \d{4}年\d{1,2}月\d{1,2}日 至 \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(standingText("valid", details, "zh").text).toBe("签名、签发方密钥、状态列表和日期均核验无误。");
    // The English page reads dates the same way; the API keeps the domain's sentence.
    expect(checkText(found.verification.checks.find((c) => c.check === "dates")!, "en").text).toMatch(/^Valid from [A-Z][a-z]{2} \d{1,2}, \d{4} until [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(found.verification.checks.find((c) => c.check === "dates")!.reason).toMatch(/^Valid from \d{4}-\d{2}-\d{2}T/);
  });

  it("says why a certificate is revoked or expired in Chinese, keeping the admin's own reason apart", async () => {
    const revoked = await detailsOf(ids[1]!);
    expect(revoked.found.standing).toBe("revoked");
    expect(standingText("revoked", revoked.details, "zh")).toEqual({ text: "已撤销，原因：", revocationReason: "Issued in error" });
    expect(checkText(revoked.found.verification.checks.find((c) => c.check === "status")!, "zh").text).toMatch(/^签发方已撤销此凭证（索引 \d+）$/);

    const later = new Date(Date.now() + 10 * 366 * 24 * 3600_000);
    const expired = await detailsOf(ids[0]!, later);
    expect(expired.found.standing).toBe("expired");
    expect(standingText("expired", expired.details, "zh").text).toMatch(/^已于 \d{4}年\d{1,2}月\d{1,2}日 过期$/);
  });

  it("still reads proof checks stored before reason codes, showing their English reason as detail", async () => {
    const row = await db.prisma.credential.findUniqueOrThrow({ where: { publicId: ids[2]! } });
    const legacy = (row.proofChecks as { check: string; ok: boolean; reason: string }[]).map(({ check, ok, reason }) => ({ check, ok, reason }));
    await db.prisma.credential.update({ where: { publicId: ids[2]! }, data: { proofChecks: legacy } });
    const { found } = await detailsOf(ids[2]!);
    expect(found.standing).toBe("valid");
    const signature = checkText(found.verification.checks.find((c) => c.check === "signature")!, "zh");
    expect(signature).toMatchObject({ name: "签名", outcome: "通过", text: "通过", detail: "The signature matches the document (eddsa-rdfc-2022)" });
  });

  it("POST /api/verify?lang=zh adds Chinese display text beside the English reasons", async () => {
    const document = (await getPublicCredential(ids[0]!)).record.document;
    const call = (query: string) => verifyRoute(new Request(`http://localhost/api/verify${query}`, { method: "POST", body: JSON.stringify(document) }), { params: Promise.resolve({}) });
    const body = await (await call("?lang=zh")).json();
    expect(body.status).toBe("valid");
    expect(body.checks[0]).toMatchObject({ check: "schema", reason: "Well-formed Open Badges 3.0 credential", code: "well-formed", display: { name: "格式", text: "格式正确的 Open Badges 3.0 凭证" } });
    expect(body.issuedHere).toMatchObject({ standing: "valid", reason: "Signature, issuer key, status list and dates check out.", display: { standing: "有效", reason: "签名、签发方密钥、状态列表和日期均核验无误。" } });
    for (const check of body.checks) expect(englishPhrases(check.display.text)).toEqual([]);
    // Without a language (or with an unknown one) the API answers as before: no display text.
    for (const query of ["", "?lang=xx"]) {
      const plain = await (await call(query)).json();
      expect(plain.checks.every((check: object) => !("display" in check))).toBe(true);
      expect(plain.issuedHere.display).toBeUndefined();
    }
  });
});
