import { describe, expect, it } from "vitest";
import { CHECK_REASON_CODES, verifyCredential, type VerificationResult } from "../../../domain/credentials";
import { CREDENTIAL_INDEX, DURING_VALIDITY, EXPIRES_AT, ISSUED_AT, KEY_1, KEY_2, STRANGER_KEY, issueFixture } from "../../fixtures/credentials/issuer";

function checkOf(result: VerificationResult, name: string) {
  return result.checks.find((c) => c.check === name);
}

describe("verifyCredential", () => {
  it("accepts a credential it signed: every check passes and the status is valid", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result.status).toBe("valid");
    expect(result.checks.map((c) => [c.check, c.ok])).toEqual([
      ["schema", true],
      ["issuer-key", true],
      ["signature", true],
      ["status", true],
      ["dates", true],
    ]);
  });

  it("survives a JSON round trip (what the app stores and serves)", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const reparsed: unknown = JSON.parse(JSON.stringify(credential));
    expect((await verifyCredential(reparsed, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).status).toBe("valid");
  });

  it("reports tampered when one character of the name changes", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const tampered = { ...credential, name: credential.name.replace("EU", "EV") };
    const result = await verifyCredential(tampered, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "tampered" });
    expect(checkOf(result, "signature")?.ok).toBe(false);
  });

  it("reports tampered when a nested value (the result score) changes", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const tampered = structuredClone(credential);
    const firstResult = tampered.credentialSubject.result?.[0];
    if (!firstResult) throw new Error("fixture has a result");
    firstResult.value = "100";
    expect(await verifyCredential(tampered, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "invalid", reason: "tampered" });
  });

  it("reports tampered when one character of the proofValue changes", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const value = credential.proof.proofValue;
    const last = value.at(-1) === "A" ? "B" : "A";
    const tampered = { ...credential, proof: { ...credential.proof, proofValue: value.slice(0, -1) + last } };
    expect(await verifyCredential(tampered, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "invalid", reason: "tampered" });
  });

  it("reports tampered when the signature was made with another key than the one it names", async () => {
    // STRANGER_KEY claims to be key-1, but the DID document's key-1 is different.
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture({ signWith: STRANGER_KEY, publishedKeys: [KEY_1] });
    expect(await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "invalid", reason: "tampered" });
  });

  it("reports unknown-key when the signing key is not in the issuer's DID document", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture({ signWith: KEY_2, publishedKeys: [KEY_1] });
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "unknown-key" });
    expect(checkOf(result, "issuer-key")?.ok).toBe(false);
  });

  it("reports unknown-key when the proof names a key of another DID than the issuer", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const forged = { ...credential, proof: { ...credential.proof, verificationMethod: "did:web:evil.example#key-1" } };
    expect(await verifyCredential(forged, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "invalid", reason: "unknown-key" });
  });

  it("keeps credentials signed with key-1 valid after key-2 is rotated in", async () => {
    const before = await issueFixture({ signWith: KEY_1, publishedKeys: [KEY_1] });
    const after = await issueFixture({ signWith: KEY_2, publishedKeys: [KEY_1, KEY_2] });
    const options = { resolveDidDocument: after.resolveDidDocument, fetchStatusList: after.fetchStatusList, now: DURING_VALIDITY };
    expect((await verifyCredential(before.credential, options)).status).toBe("valid");
    expect((await verifyCredential(after.credential, options)).status).toBe("valid");
  });

  it("reports revoked when the credential's index is set in the status list", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture({ revokedIndexes: [CREDENTIAL_INDEX] });
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "revoked" });
    expect(checkOf(result, "status")?.ok).toBe(false);
  });

  it("is not affected by revocation of neighbouring indexes", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture({ revokedIndexes: [CREDENTIAL_INDEX - 1, CREDENTIAL_INDEX + 1] });
    expect((await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).status).toBe("valid");
  });

  it("is unverifiable, never valid, when the status list cannot be read", async () => {
    const { credential, resolveDidDocument } = await issueFixture();
    const fetchStatusList = async () => {
      throw new Error("ECONNREFUSED");
    };
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result.status).toBe("unverifiable");
    expect(checkOf(result, "status")).toMatchObject({ ok: null });
    expect(checkOf(result, "status")?.reason).toContain("ECONNREFUSED");
  });

  it("is unverifiable when the status list is garbage or its signature is broken", async () => {
    const { credential, resolveDidDocument, statusListCredential } = await issueFixture();
    const brokenList = { ...statusListCredential, credentialSubject: { ...statusListCredential.credentialSubject, encodedList: "uH4sIAAAAAAAAA" } };
    for (const served of [null, "<html>", brokenList]) {
      const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList: () => served, now: DURING_VALIDITY });
      expect(result.status).toBe("unverifiable");
    }
  });

  it("is unverifiable when the issuer's DID document cannot be resolved", async () => {
    const { credential, fetchStatusList } = await issueFixture();
    const resolveDidDocument = () => Promise.reject(new Error("timeout"));
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result.status).toBe("unverifiable");
    expect(checkOf(result, "issuer-key")?.ok).toBeNull();
    expect(checkOf(result, "signature")?.ok).toBeNull();
  });

  it("is unverifiable when the resolver throws synchronously or returns junk", async () => {
    const { credential, fetchStatusList } = await issueFixture();
    const throwing = () => {
      throw new Error("boom");
    };
    for (const resolveDidDocument of [throwing, () => 42, () => ({ id: "did:web:other" })]) {
      expect((await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).status).toBe("unverifiable");
    }
  });

  it("reports expired when now is after validUntil", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const afterExpiry = new Date(EXPIRES_AT.getTime() + 1000);
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: afterExpiry });
    expect(result).toMatchObject({ status: "invalid", reason: "expired" });
    expect(checkOf(result, "signature")?.ok).toBe(true);
  });

  it("reports not-yet-valid when now is before validFrom", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: new Date(ISSUED_AT.getTime() - 1000) });
    expect(result).toMatchObject({ status: "invalid", reason: "not-yet-valid" });
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "eyJhbGciOi..."],
    ["a number", 7],
    ["an array", []],
    ["an empty object", {}],
  ])("reports malformed without throwing for %s", async (_label, input) => {
    const { resolveDidDocument, fetchStatusList } = await issueFixture();
    const result = await verifyCredential(input, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "malformed" });
    expect(result.checks).toHaveLength(5);
  });

  it("reports malformed for a credential whose proof was removed", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const { proof: _proof, ...unsigned } = credential;
    expect(await verifyCredential(unsigned, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).toMatchObject({ status: "invalid", reason: "malformed" });
  });

  it("reports malformed when a property outside the bundled contexts is added (safe-mode canonicalization)", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const extended = { ...credential, favouriteColour: "blue" };
    const result = await verifyCredential(extended, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "malformed" });
    expect(checkOf(result, "signature")?.ok).toBe(false);
  });

  it("reports malformed, without fetching, for a credential with an unknown context", async () => {
    const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
    const withContext = { ...credential, "@context": [...credential["@context"], "https://evil.example/context.json"] };
    const result = await verifyCredential(withContext, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
    expect(result).toMatchObject({ status: "invalid", reason: "malformed" });
    expect(checkOf(result, "signature")?.reason).toContain("https://evil.example/context.json");
  });

  describe("reason codes (what the verify page translates; `reason` stays the English sentence)", () => {
    it("names every passed check with a code and its parameters", async () => {
      const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
      const result = await verifyCredential(credential, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY });
      expect(result.checks.map((c) => [c.check, c.code])).toEqual([
        ["schema", "well-formed"],
        ["issuer-key", "key-trusted"],
        ["signature", "signature-matches"],
        ["status", "status-clear"],
        ["dates", "valid-from-until"],
      ]);
      expect(checkOf(result, "status")?.params).toEqual({ purpose: "revocation", index: CREDENTIAL_INDEX });
      expect(checkOf(result, "dates")?.params).toEqual({ validFrom: "2025-03-01T12:00:00Z", validUntil: "2027-03-01T12:00:00Z" });
      expect(checkOf(result, "issuer-key")?.params).toEqual({ key: credential.proof.verificationMethod, issuer: credential.issuer.id });
    });

    it("names failures and undecided checks too, keeping technical English apart as `detail`", async () => {
      const { credential, resolveDidDocument, fetchStatusList } = await issueFixture({ revokedIndexes: [CREDENTIAL_INDEX] });
      const options = { resolveDidDocument, fetchStatusList, now: new Date(EXPIRES_AT.getTime() + 1000) };
      const revokedAndExpired = await verifyCredential(credential, options);
      expect(checkOf(revokedAndExpired, "status")).toMatchObject({ code: "status-set", params: { purpose: "revocation", index: CREDENTIAL_INDEX } });
      expect(checkOf(revokedAndExpired, "dates")).toMatchObject({ code: "expired", params: { validUntil: "2027-03-01T12:00:00Z" } });

      const tampered = await verifyCredential({ ...credential, name: `${credential.name}!` }, options);
      expect(checkOf(tampered, "signature")?.code).toBe("signature-mismatch");

      const unreadable = await verifyCredential(credential, { ...options, fetchStatusList: () => Promise.reject(new Error("ECONNREFUSED")) });
      expect(checkOf(unreadable, "status")).toMatchObject({ code: "status-list-unreadable", params: { detail: "ECONNREFUSED" } });

      const unresolved = await verifyCredential(credential, { ...options, resolveDidDocument: () => Promise.reject(new Error("timeout")) });
      expect(checkOf(unresolved, "issuer-key")).toMatchObject({ code: "did-unresolvable", params: { detail: "timeout" } });
      expect(checkOf(unresolved, "signature")?.code).toBe("signature-not-checked");

      const malformed = await verifyCredential({}, options);
      expect(malformed.checks.map((c) => c.code)).toEqual(["not-signed-credential", "not-checked-malformed", "not-checked-malformed", "not-checked-malformed", "not-checked-malformed"]);
      expect(checkOf(malformed, "schema")?.params?.detail).toContain("@context");
    });

    it("gives every check of every outcome above a known code", async () => {
      const { credential, resolveDidDocument, fetchStatusList } = await issueFixture();
      const inputs = [credential, {}, null, { ...credential, favouriteColour: "blue" }, { ...credential, proof: { ...credential.proof, proofValue: "zabc" } }];
      for (const input of inputs) {
        for (const check of (await verifyCredential(input, { resolveDidDocument, fetchStatusList, now: DURING_VALIDITY })).checks) {
          expect(CHECK_REASON_CODES).toContain(check.code);
        }
      }
    });
  });
});
