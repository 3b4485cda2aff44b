// Interop: credentials signed by Borderless verify with Digital Bazaar's
// reference implementation (@digitalbazaar/vc + data-integrity +
// eddsa-rdfc-2022-cryptosuite), fully offline, and vice versa.
import * as dbVc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { describe, expect, it } from "vitest";
import {
  BUNDLED_CONTEXTS,
  MULTIKEY_V1_CONTEXT_URL,
  buildCredential,
  decodeStatusList,
  getStatus,
  verifyCredential,
  type DidDocument,
} from "../../../domain/credentials";
import { CREDENTIAL_INDEX, DURING_VALIDITY, ISSUER_DID, KEY_1, KEY_2, issueFixture, sampleInput } from "../../fixtures/credentials/issuer";

/** Their document loader: the same bundled contexts, plus the DID document and its keys. No network. */
function referenceDocumentLoader(didDocument: DidDocument, statusListCredential?: object) {
  const documents = new Map<string, unknown>(BUNDLED_CONTEXTS);
  documents.set(didDocument.id, didDocument);
  for (const method of didDocument.verificationMethod) {
    documents.set(method.id, { "@context": MULTIKEY_V1_CONTEXT_URL, ...method });
  }
  if (statusListCredential) documents.set((statusListCredential as { id: string }).id, statusListCredential);
  return async (url: string) => {
    const document = documents.get(url);
    if (document === undefined) throw new Error(`Interop loader refused ${url}`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
}

/** Status check written against their loader: reads our status list after verifying it with their library. */
function referenceStatusChecker(documentLoader: (url: string) => Promise<{ document: unknown }>) {
  return async ({ credential }: { credential: Record<string, unknown> }) => {
    const entry = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const { document: list } = await documentLoader(entry.statusListCredential);
    const listResult = await dbVc.verifyCredential({ credential: list as object, suite: referenceSuite(), documentLoader, now: DURING_VALIDITY });
    if (!listResult.verified) return { verified: false, error: listResult.error };
    const bits = decodeStatusList((list as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList);
    return { verified: !getStatus(bits, Number(entry.statusListIndex)) };
  };
}

const referenceSuite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

/** The first proof error their verifier reports, to check that a rejection happens for the right reason. */
function proofErrorOf(result: dbVc.VerifyResult): string {
  const first = (result.results ?? [])[0] as { error?: { message?: string } } | undefined;
  return first?.error?.message ?? String((result.error as { message?: string } | undefined)?.message);
}

describe("interop with @digitalbazaar/vc (eddsa-rdfc-2022 reference implementation)", () => {
  it("verifies an Open Badge credential signed by Borderless", async () => {
    const { credential, didDocument, statusListCredential } = await issueFixture();
    const documentLoader = referenceDocumentLoader(didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({
      credential,
      suite: referenceSuite(),
      documentLoader,
      checkStatus: referenceStatusChecker(documentLoader),
      now: DURING_VALIDITY,
    });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it("verifies a renewal that links the credential it renews (VC 2.0 relatedResource with an SRI digest)", async () => {
    const input = sampleInput({
      relatedResources: [{ id: "https://localhost:3000/api/credentials/old-cert-1234", digestSRI: "sha384-AAAAbbbbCCCCddddEEEEffff0000111122223333444455556666777788889999aaaabbbbccccdddd", mediaType: "application/vc+ld+json" }],
    });
    const { credential, didDocument, statusListCredential, resolveDidDocument, fetchStatusList } = await issueFixture({ input });
    expect((credential as { relatedResource?: unknown[] }).relatedResource).toHaveLength(1);
    const documentLoader = referenceDocumentLoader(didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({ credential, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "valid" });
  });

  it("verifies the Borderless status list credential", async () => {
    const { didDocument, statusListCredential } = await issueFixture();
    const result = await dbVc.verifyCredential({ credential: statusListCredential, suite: referenceSuite(), documentLoader: referenceDocumentLoader(didDocument), now: DURING_VALIDITY });
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it("verifies a credential signed with key-1 against a DID document that also lists key-2", async () => {
    const { credential, statusListCredential } = await issueFixture({ signWith: KEY_1, publishedKeys: [KEY_1] });
    const rotated = await issueFixture({ publishedKeys: [KEY_1, KEY_2] });
    const documentLoader = referenceDocumentLoader(rotated.didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({ credential, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.verified).toBe(true);
  });

  it("rejects a Borderless credential whose name was changed by one character", async () => {
    const { credential, didDocument, statusListCredential } = await issueFixture();
    const tampered = { ...credential, name: credential.name.replace("EU", "EV") };
    const documentLoader = referenceDocumentLoader(didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({ credential: tampered, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.verified).toBe(false);
    expect(proofErrorOf(result)).toBe("Invalid signature.");
  });

  it("rejects a Borderless credential whose proofValue was changed by one character", async () => {
    const { credential, didDocument, statusListCredential } = await issueFixture();
    const value = credential.proof.proofValue;
    const tampered = { ...credential, proof: { ...credential.proof, proofValue: value.slice(0, -1) + (value.at(-1) === "A" ? "B" : "A") } };
    const documentLoader = referenceDocumentLoader(didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({ credential: tampered, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.verified).toBe(false);
    expect(proofErrorOf(result)).toBe("Invalid signature.");
  });

  it("rejects a Borderless credential signed with a key the DID document does not list for assertions", async () => {
    const { credential, didDocument, statusListCredential } = await issueFixture({ signWith: KEY_2, publishedKeys: [KEY_1, KEY_2] });
    // key-2 is still a verification method, but no longer an assertion method.
    const withdrawn: DidDocument = { ...didDocument, assertionMethod: didDocument.assertionMethod.filter((id) => !id.endsWith("#key-2")) };
    const documentLoader = referenceDocumentLoader(withdrawn, statusListCredential);
    const result = await dbVc.verifyCredential({ credential, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.verified).toBe(false);
    expect(proofErrorOf(result)).toMatch(/not authorized|assertionMethod/);
    // And Borderless agrees.
    const ours = await verifyCredential(credential, {
      resolveDidDocument: async () => withdrawn,
      fetchStatusList: async () => statusListCredential,
      now: DURING_VALIDITY,
    });
    expect(ours).toMatchObject({ status: "invalid", reason: "unknown-key" });
  });

  it("signs with our key through their library, and Borderless verifies the result", async () => {
    const world = await issueFixture();
    const theirKey = await Ed25519Multikey.from({
      "@context": MULTIKEY_V1_CONTEXT_URL,
      type: "Multikey",
      id: `${ISSUER_DID}#${KEY_1.keyId}`,
      controller: ISSUER_DID,
      publicKeyMultibase: KEY_1.publicKeyMultibase,
      secretKeyMultibase: KEY_1.secretKeyMultibase,
    });
    expect(theirKey.publicKeyMultibase).toBe(KEY_1.publicKeyMultibase);
    const signedByThem = await dbVc.issue({
      credential: buildCredential(sampleInput()),
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022, signer: theirKey.signer(), date: DURING_VALIDITY }),
      documentLoader: referenceDocumentLoader(world.didDocument),
    });
    const result = await verifyCredential(signedByThem, { resolveDidDocument: world.resolveDidDocument, fetchStatusList: world.fetchStatusList, now: DURING_VALIDITY });
    expect(result.status).toBe("valid");
  });

  it("agrees with Borderless that a revoked credential fails its status check", async () => {
    const { credential, didDocument, statusListCredential } = await issueFixture({ revokedIndexes: [CREDENTIAL_INDEX] });
    const documentLoader = referenceDocumentLoader(didDocument, statusListCredential);
    const result = await dbVc.verifyCredential({ credential, suite: referenceSuite(), documentLoader, checkStatus: referenceStatusChecker(documentLoader), now: DURING_VALIDITY });
    expect(result.verified).toBe(false);
  });
});
