import { describe, expect, it } from "vitest";
import { buildDidDocument, CredentialError, didWebFromHost, didWebToUrl } from "../../../domain/credentials";
import { KEY_1, KEY_2 } from "../../fixtures/credentials/issuer";

describe("did:web identifiers", () => {
  it("percent-encodes the port's colon", () => {
    expect(didWebFromHost("localhost:3000")).toBe("did:web:localhost%3A3000");
  });

  it("lower-cases the host and joins path segments with colons", () => {
    expect(didWebFromHost("Borderless.Example")).toBe("did:web:borderless.example");
    expect(didWebFromHost("borderless.example", ["issuers", "eu"])).toBe("did:web:borderless.example:issuers:eu");
  });

  it.each(["https://borderless.example", "borderless.example/path", "user@borderless.example", ""])("refuses %j, which is not a bare host", (host) => {
    expect(() => didWebFromHost(host)).toThrow(CredentialError);
  });

  it("maps DIDs to the URL a resolver fetches", () => {
    expect(didWebToUrl("did:web:localhost%3A3000")).toBe("https://localhost:3000/.well-known/did.json");
    expect(didWebToUrl("did:web:borderless.example:issuers:eu")).toBe("https://borderless.example/issuers/eu/did.json");
    expect(() => didWebToUrl("did:key:z6Mk")).toThrow(CredentialError);
  });
});

describe("buildDidDocument", () => {
  const did = didWebFromHost("localhost:3000");

  it("lists every key as a Multikey assertion method, so rotated-out keys still verify", () => {
    const document = buildDidDocument(did, [KEY_1, KEY_2]);
    expect(document).toEqual({
      "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
      id: did,
      verificationMethod: [
        { id: `${did}#key-1`, type: "Multikey", controller: did, publicKeyMultibase: KEY_1.publicKeyMultibase },
        { id: `${did}#key-2`, type: "Multikey", controller: did, publicKeyMultibase: KEY_2.publicKeyMultibase },
      ],
      assertionMethod: [`${did}#key-1`, `${did}#key-2`],
    });
  });

  it("never copies a secret key, even when given full key pairs", () => {
    expect(JSON.stringify(buildDidDocument(did, [KEY_1, KEY_2]))).not.toContain(KEY_1.secretKeyMultibase);
  });

  it("refuses an empty key list and duplicate key ids", () => {
    expect(() => buildDidDocument(did, [])).toThrow(CredentialError);
    expect(() => buildDidDocument(did, [KEY_1, { ...KEY_2, keyId: "key-1" }])).toThrow(/Duplicate keyId/);
  });
});
