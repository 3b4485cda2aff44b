import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { claimCertificate } from "@/server/services/claim-certificate";
import { revokeCredential } from "@/server/services/revoke-credential";
import { seedDemoCredentials, DEMO_CREDENTIAL_IDS } from "@/server/seed/seed-demo-credentials";
import { getPublicCredential } from "@/server/services/get-public-credential";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { POST as bulkRoute } from "@/app/api/verify/bulk/route";
import { GET as pdfRoute } from "@/app/api/credentials/[id]/pdf/route";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let validId: string;
let validDocument: unknown;
let revokedId: string;

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  const admin = await createLearner({ role: "PLATFORM_ADMIN" });
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const learner = await createLearner({ name: i === 0 ? "林伟" : "=HYPERLINK(\"x\")" });
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId, new Date(Date.now() - 60_000));
    ids.push((await claimCertificate(learner, TRACK)).publicId);
  }
  [validId, revokedId] = ids as [string, string];
  await revokeCredential(admin, { publicId: revokedId, reason: "Issued in error" });
  validDocument = (await getPublicCredential(validId)).record.document;
});
afterAll(() => db.dispose());

const context = { params: Promise.resolve({}) };
const post = (body: BodyInit, contentType?: string) =>
  new Request("http://localhost/api/verify", { method: "POST", body, ...(contentType ? { headers: { "content-type": contentType } } : {}) });

describe("POST /api/verify", () => {
  it("verifies a credential sent as JSON and reports every check with a reason", async () => {
    const response = await verifyRoute(post(JSON.stringify(validDocument), "application/json"), context);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("valid");
    expect(body.checks.map((c: { check: string }) => c.check).sort()).toEqual(["dates", "issuer-key", "schema", "signature", "status"]);
    expect(body.checks.every((c: { outcome: string; reason: string }) => c.outcome === "passed" && c.reason.length > 0)).toBe(true);
    expect(body.issuedHere).toMatchObject({ publicId: validId, standing: "valid" });
  });

  it("verifies an uploaded file (multipart), and reports a tampered one as invalid", async () => {
    const form = new FormData();
    form.set("file", new File([JSON.stringify(validDocument)], "credential.json", { type: "application/json" }));
    expect(await (await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: form }), context)).json()).toMatchObject({ status: "valid" });

    const tampered = { ...(validDocument as object), name: "Something else" };
    const tamperedForm = new FormData();
    tamperedForm.set("credential", JSON.stringify(tampered));
    const body = await (await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: tamperedForm }), context)).json();
    expect(body).toMatchObject({ status: "invalid", reason: "tampered" });
    expect(body.checks.find((c: { check: string }) => c.check === "signature")).toMatchObject({ outcome: "failed" });
  });

  it("answers 400 with a message for malformed JSON", async () => {
    const response = await verifyRoute(post('{"@context": [', "application/json"), context);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/^Malformed JSON/) });
  });

  it("answers 400 with a message for wrong types and empty bodies", async () => {
    for (const body of ["[1, 2]", '"a string"', "42", "null", ""]) {
      const response = await verifyRoute(post(body, "application/json"), context);
      expect(response.status, body).toBe(400);
      expect((await response.json()).error.message, body).toMatch(/credential/);
    }
    const wrongTypes = await verifyRoute(post(JSON.stringify({ "@context": "not-an-array", type: 5, issuer: 7, proof: "x" }), "application/json"), context);
    expect(wrongTypes.status).toBe(400);
    const error = (await wrongTypes.json()).error;
    expect(error.message).toMatch(/^Not a signed credential/);
    expect(Object.keys(error.fieldErrors)).toEqual(expect.arrayContaining(["@context", "type", "proof"]));
  });

  it("answers 400 for a multipart request without a file or text", async () => {
    const response = await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: new FormData() }), context);
    expect(response.status).toBe(400);
  });
});

describe("POST /api/verify/bulk", () => {
  it("returns one CSV row per id, reporting bad and unknown ids without failing the upload", async () => {
    const csv = `id\r\n${validId}\r\n${revokedId}\r\nnot valid!\r\n\r\nunknownId12345\r\n"http://localhost:3000/verify/${validId}"\r\n`;
    const response = await bulkRoute(new Request("http://localhost/api/verify/bulk", { method: "POST", body: csv, headers: { "content-type": "text/csv" } }), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,status,holder,track,issued,validUntil,reason");
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 2))).toEqual([
      [validId, "valid"],
      [revokedId, "revoked"],
      ["not valid!", "error"],
      ["unknownId12345", "not-found"],
      [validId, "valid"],
    ]);
    expect(lines[1]).toContain("林伟");
    expect(lines[2]).toContain("Revoked: Issued in error");
    // A holder name that looks like a spreadsheet formula is defused.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("answers 400 for an upload without ids", async () => {
    const response = await bulkRoute(new Request("http://localhost/api/verify/bulk", { method: "POST", body: "id\n\n", headers: { "content-type": "text/csv" } }), context);
    expect(response.status).toBe(400);
  });
});

describe("demo credentials", () => {
  it("seeds a valid, a revoked and an expired credential with fixed ids, idempotently", async () => {
    await db.prisma.user.create({ data: { email: "learner@borderless.test", name: "Lin Wei", passwordHash: "scrypt$unused" } });
    await seedDemoCredentials(db.prisma);
    await seedDemoCredentials(db.prisma);
    expect(await db.prisma.credential.count({ where: { publicId: { in: Object.values(DEMO_CREDENTIAL_IDS) } } })).toBe(3);
    expect((await getPublicCredential(DEMO_CREDENTIAL_IDS.valid)).standing).toBe("valid");
    expect((await getPublicCredential(DEMO_CREDENTIAL_IDS.revoked)).standing).toBe("revoked");
    expect((await getPublicCredential(DEMO_CREDENTIAL_IDS.expired)).standing).toBe("expired");
  });

  it("serves the stored PDF", async () => {
    const response = await pdfRoute(new Request(`http://localhost/api/credentials/${DEMO_CREDENTIAL_IDS.valid}/pdf`), { params: Promise.resolve({ id: DEMO_CREDENTIAL_IDS.valid }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
