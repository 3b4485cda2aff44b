import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  BUNDLED_CONTEXTS,
  CredentialError,
  buildCredential,
  canonicalize,
  createStaticDocumentLoader,
} from "../../../domain/credentials";
import { sampleInput } from "../../fixtures/credentials/issuer";

// If an npm update changes a context, signatures made under the old one may stop
// verifying: this test makes such a change a deliberate, reviewed decision.
const PINNED_SHA256_OF_JSON = {
  "https://www.w3.org/ns/credentials/v2": "bf6fd611e6773d58f649459a45dbbb81f94e8cfd058a756644cd5a4a882c4050",
  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "e407ae98563c7b4708be4c8198a7f254bc09c131afc68e73d5f90eb0a34c6f7f",
  "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": "f9767b4f07e2c92e6c084c34882f67cb335b13f0aface4b9bfc2ea08432a5892",
  "https://w3id.org/security/multikey/v1": "91f130b30b6705ee65dfa8f86e74922a74aaa0d5fc8bb35427ec2d607d3ad3eb",
};

describe("bundled JSON-LD contexts", () => {
  it("are exactly the pinned versions", () => {
    const actual = Object.fromEntries(
      [...BUNDLED_CONTEXTS].map(([url, context]) => [url, createHash("sha256").update(JSON.stringify(context)).digest("hex")]),
    );
    expect(actual).toEqual(PINNED_SHA256_OF_JSON);
  });

  it("refuse any other URL with a clear error instead of fetching it", async () => {
    const load = createStaticDocumentLoader();
    await expect(load("https://www.w3.org/2018/credentials/v1")).rejects.toThrow(/not a bundled JSON-LD context/);
    await expect(load("https://www.w3.org/2018/credentials/v1")).rejects.toBeInstanceOf(CredentialError);
  });

  it("serve extra documents given to the loader (e.g. a DID document in tests)", async () => {
    const load = createStaticDocumentLoader(new Map([["did:web:example.com", { id: "did:web:example.com" }]]));
    await expect(load("did:web:example.com")).resolves.toMatchObject({ documentUrl: "did:web:example.com", document: { id: "did:web:example.com" } });
  });

  // The IRIs below are those of 1EdTech's published context-3.0.3.json
  // (1EdTech/openbadges-specification, ob_v3p0/context-3.0.3.json). An older
  // revision of that file mapped `achievement` to `#achievement-0`; the bundled
  // one must match the current mapping for every term Borderless emits.
  it("expand every term a Borderless credential uses to the official OB 3.0.3 / VC 2.0 IRIs", async () => {
    const nquads = await canonicalize(buildCredential(sampleInput()));
    const ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";
    for (const iri of [
      `${ob}OpenBadgeCredential`,
      `${ob}Profile`,
      `${ob}AchievementSubject`,
      `${ob}achievement`,
      `${ob}Achievement`,
      `${ob}achievementType`,
      `${ob}Criteria`,
      `${ob}narrative`,
      `${ob}version`,
      `${ob}alignment`,
      `${ob}targetCode`,
      `${ob}resultDescription`,
      `${ob}ResultDescription`,
      `${ob}resultType`,
      `${ob}requiredValue`,
      `${ob}result`,
      `${ob}Result`,
      `${ob}status`,
      `${ob}identifier`,
      `${ob}IdentityObject`,
      `${ob}identityHash`,
      `${ob}salt`,
      `${ob}hashed`,
      "https://schema.org/AlignmentObject",
      "https://schema.org/targetName",
      "https://schema.org/targetUrl",
      "https://schema.org/value",
      "https://schema.org/name",
      "https://schema.org/url",
      "https://www.w3.org/2018/credentials#credentialStatus",
      "https://www.w3.org/ns/credentials/status#BitstringStatusListEntry",
      "https://www.w3.org/ns/credentials/status#statusListIndex",
      "https://www.w3.org/2018/credentials#credentialSchema",
      "https://purl.imsglobal.org/spec/vccs/v1p0/context.json#1EdTechJsonSchemaValidator2019",
    ]) {
      expect(nquads, iri).toContain(`<${iri}>`);
    }
  });
});
