// With the database down, every verifier path says "could not be checked": never "valid", never a raw 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { AppError } from "@/server/errors";
import { claimCertificate } from "@/server/services/claim-certificate";
import { getPublicCredential, RECORDS_UNREACHABLE } from "@/server/services/get-public-credential";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { POST as bulkRoute } from "@/app/api/verify/bulk/route";
import { GET as credentialRoute } from "@/app/api/credentials/[id]/route";
import { GET as pdfRoute } from "@/app/api/credentials/[id]/pdf/route";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";

const TRACK = "compliance-architect";
let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let publicId: string;
let document: unknown;

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  const learner = await createLearner({ name: "Ada" });
  for (const simulationId of requiredSimulations(TRACK)) await passSimulation(learner, TRACK, simulationId, new Date(Date.now() - 60_000));
  publicId = (await claimCertificate(learner, TRACK)).publicId;
  document = (await db.prisma.credential.findUniqueOrThrow({ where: { publicId } })).document;
  // The database goes away (a real one, really closed), as when the server loses its connection.
  await db.close();
});
afterAll(() => db.dispose().catch(() => undefined));

const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("with the database down", () => {
  it("the verify page's lookup says the records are unreachable", async () => {
    const error = await getPublicCredential(publicId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect((error as AppError).message).toBe(RECORDS_UNREACHABLE);
  });

  it("bulk verification, the stored JSON and the PDF answer 503 with that message", async () => {
    const responses = [
      await bulkRoute(new Request("http://localhost/api/verify/bulk", { method: "POST", body: publicId, headers: { "content-type": "text/csv" } }), params("")),
      await credentialRoute(new Request(`http://localhost/api/credentials/${publicId}`), params(publicId)),
      await pdfRoute(new Request(`http://localhost/api/credentials/${publicId}/pdf`), params(publicId)),
    ];
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect((await response.json()).error).toEqual({ code: "UNAVAILABLE", message: RECORDS_UNREACHABLE });
    }
  });

  it("a submitted credential is reported as unverifiable, not valid", async () => {
    const response = await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: JSON.stringify(document) }), params(""));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("unverifiable");
    expect(body.checks.find((c: { check: string }) => c.check === "signature").outcome).toBe("passed");
  });
});
