import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildCredential, canonicalize, CredentialError, RULE_VERSION_RESULT_TYPE } from "../../../domain/credentials";
import { ISSUER_DID, STATUS_LIST_URL, sampleInput } from "../../fixtures/credentials/issuer";

describe("buildCredential", () => {
  const credential = buildCredential(sampleInput());

  it("produces an OB 3.0 OpenBadgeCredential over VC 2.0", () => {
    expect(credential["@context"]).toEqual([
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    ]);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.issuer).toEqual({ id: ISSUER_DID, type: ["Profile"], name: "Borderless Academy", url: "http://localhost:3000" });
    expect(credential.validFrom).toBe("2025-03-01T12:00:00Z");
    expect(credential.validUntil).toBe("2027-03-01T12:00:00Z");
    expect(credential.credentialSchema).toEqual([
      { id: "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json", type: "1EdTechJsonSchemaValidator2019" },
    ]);
  });

  it("stores the email only as a salted hash of the normalized address", () => {
    const [identity] = credential.credentialSubject.identifier ?? [];
    const expected = createHash("sha256").update("ada@example.com" + "c2FsdC1mb3ItdGVzdHM").digest("hex");
    expect(identity).toEqual({ type: "IdentityObject", identityType: "emailAddress", hashed: true, identityHash: `sha256$${expected}`, salt: "c2FsdC1mb3ItdGVzdHM" });
    expect(JSON.stringify(credential).toLowerCase()).not.toContain("ada@example.com");
  });

  it("links each graded part's result to its result description", () => {
    const { achievement, result = [] } = credential.credentialSubject;
    const descriptionIds = new Set((achievement.resultDescription ?? []).map((d) => d.id));
    expect(result.length).toBeGreaterThan(0);
    for (const entry of result) expect(descriptionIds).toContain(entry.resultDescription);
    expect(result[0]).toEqual({ type: ["Result"], resultDescription: "https://localhost:3000/tracks/eu-vat#result-case-ioss-1", value: "92", status: "Completed" });
  });

  it("records the content version and the rule versions the cases were graded under", () => {
    const { achievement, result = [] } = credential.credentialSubject;
    expect(achievement.version).toBe("2025.03.1");
    const ruleDescription = achievement.resultDescription?.find((d) => d.resultType === RULE_VERSION_RESULT_TYPE);
    expect(ruleDescription?.id).toBe("https://localhost:3000/tracks/eu-vat#rule-eu-vat-standard-rates");
    expect(result.find((r) => r.resultDescription === ruleDescription?.id)?.value).toBe("2025-01-01");
  });

  it("aligns the achievement with its competencies and points to the revocation list", () => {
    expect(credential.credentialSubject.achievement.alignment).toEqual([
      { type: ["Alignment"], targetName: "Apply the IOSS scheme", targetUrl: "https://localhost:3000/competencies/ioss", targetCode: "VAT-IOSS" },
    ]);
    expect(credential.credentialStatus).toEqual({
      id: `${STATUS_LIST_URL}#4242`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: "4242",
      statusListCredential: STATUS_LIST_URL,
    });
  });

  it("keeps every value through safe-mode RDF canonicalization", async () => {
    const nquads = await canonicalize(credential);
    for (const value of ['"2025.03.1"', '"2025-01-01"', '"92"', '"Ada Lovelace"', '"4242"']) expect(nquads).toContain(value);
  });

  it("omits the name when only an email is given, and the identifier when only a name is given", () => {
    const emailOnly = buildCredential(sampleInput({ subject: { email: { address: "a@b.example", salt: "0123456789abcdef" } } }));
    expect(emailOnly.credentialSubject.name).toBeUndefined();
    const nameOnly = buildCredential(sampleInput({ subject: { name: "Ada" } }));
    expect(nameOnly.credentialSubject.identifier).toBeUndefined();
  });

  it.each([
    ["a subject with neither name nor email", { subject: {} }],
    ["validUntil before validFrom", { validUntil: new Date("2020-01-01T00:00:00Z") }],
    ["a short salt", { subject: { email: { address: "a@b.example", salt: "short" } } }],
    ["an http status list URL", { status: { statusListCredential: "http://example.com/list", statusListIndex: 1 } }],
    ["a negative status index", { status: { statusListCredential: STATUS_LIST_URL, statusListIndex: -1 } }],
    ["an id that is neither urn:uuid nor https", { id: "credential-1" }],
  ])("refuses %s with an invalid-input error", (_label, overrides) => {
    expect(() => buildCredential(sampleInput(overrides))).toThrow(CredentialError);
    try {
      buildCredential(sampleInput(overrides));
    } catch (error) {
      expect((error as CredentialError).code).toBe("invalid-input");
    }
  });
});
