import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  buildStatusListCredential,
  createEd25519Signer,
  createStatusList,
  CredentialError,
  decodePublicKeyMultibase,
  decodeStatusList,
  encodeStatusList,
  getStatus,
  MIN_STATUS_LIST_BITS,
  setStatus,
  signCredential,
  verifyProof,
} from "../../../domain/credentials";
import { ISSUED_AT, ISSUER_DID, KEY_1, STATUS_LIST_URL } from "../../fixtures/credentials/issuer";

describe("Bitstring Status List", () => {
  it("starts with 131,072 unset bits and refuses smaller lists", () => {
    const list = createStatusList();
    expect(list.length).toBe(MIN_STATUS_LIST_BITS);
    expect(getStatus(list, 0)).toBe(false);
    expect(getStatus(list, MIN_STATUS_LIST_BITS - 1)).toBe(false);
    expect(() => createStatusList(1024)).toThrow(CredentialError);
  });

  it("sets and clears one bit without touching its neighbours or the original list", () => {
    const original = createStatusList();
    const revoked = setStatus(original, 9, true);
    expect([8, 9, 10].map((i) => getStatus(revoked, i))).toEqual([false, true, false]);
    expect(getStatus(original, 9)).toBe(false);
    expect(getStatus(setStatus(revoked, 9, false), 9)).toBe(false);
  });

  it("puts index 0 in the left-most (most significant) bit, as the spec requires", () => {
    expect(setStatus(createStatusList(), 0, true).bytes[0]).toBe(0b1000_0000);
    expect(setStatus(createStatusList(), 7, true).bytes[0]).toBe(0b0000_0001);
  });

  it("refuses indexes outside the list", () => {
    expect(() => getStatus(createStatusList(), MIN_STATUS_LIST_BITS)).toThrow(/outside/);
    expect(() => setStatus(createStatusList(), -1, true)).toThrow(CredentialError);
  });

  it("encodes as multibase base64url of GZIP data and decodes back", () => {
    const list = setStatus(setStatus(createStatusList(), 3, true), 131_000, true);
    const encoded = encodeStatusList(list);
    expect(encoded.startsWith("u")).toBe(true);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(gunzipSync(Buffer.from(encoded.slice(1), "base64url"))).toHaveLength(MIN_STATUS_LIST_BITS / 8);
    const decoded = decodeStatusList(encoded);
    expect(decoded.length).toBe(MIN_STATUS_LIST_BITS);
    expect([2, 3, 131_000].map((i) => getStatus(decoded, i))).toEqual([false, true, true]);
  });

  it.each(["not-multibase", "uAAAA", `u${Buffer.from("hello").toString("base64url")}`])("refuses the encodedList %j", (encoded) => {
    expect(() => decodeStatusList(encoded)).toThrow(CredentialError);
  });

  it("builds a BitstringStatusListCredential that the issuer's signer signs", async () => {
    const unsigned = buildStatusListCredential({ id: STATUS_LIST_URL, issuerDid: ISSUER_DID, list: setStatus(createStatusList(), 5, true), validFrom: ISSUED_AT });
    expect(unsigned).toMatchObject({
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      id: STATUS_LIST_URL,
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      issuer: ISSUER_DID,
      credentialSubject: { id: `${STATUS_LIST_URL}#list`, type: "BitstringStatusList", statusPurpose: "revocation" },
    });
    const signed = await signCredential(unsigned, { signer: createEd25519Signer({ did: ISSUER_DID, keyPair: KEY_1 }), now: ISSUED_AT });
    expect(signed.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", verificationMethod: `${ISSUER_DID}#key-1`, created: "2025-03-01T12:00:00Z" });
    expect(await verifyProof(signed, decodePublicKeyMultibase(KEY_1.publicKeyMultibase))).toEqual({ ok: true });
  });
});
