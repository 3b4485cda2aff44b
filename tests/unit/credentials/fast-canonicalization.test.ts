// The fast canonicalization path must give byte-identical N-Quads to the jsonld.js reference on
// everything the app signs or verifies, match the W3C eddsa-rdfc-2022 test vectors, and leave every
// error (and every document it cannot vouch for) to the reference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CredentialError,
  buildCredential,
  buildStatusListCredential,
  canonicalize,
  createEd25519Signer,
  createStaticDocumentLoader,
  createStatusList,
  decodePublicKeyMultibase,
  decodeSecretKeyMultibase,
  keyPairFromSeed,
  setStatus,
  signCredential,
  verifyProof,
  type DocumentLoader,
} from "../../../domain/credentials";
import { canonicalizeWithJsonld, contextStoreFor } from "../../../domain/credentials/canonicalize";
import { canonicalizeFast } from "../../../domain/credentials/fast-canonicalize";
import { appCredential, appTracks } from "../../fixtures/credentials/app-credentials";
import { ISSUED_AT, ISSUER_DID, KEY_1, STATUS_LIST_URL, issueFixture, sampleInput } from "../../fixtures/credentials/issuer";

const bundled = createStaticDocumentLoader();
const signer = createEd25519Signer({ did: ISSUER_DID, keyPair: KEY_1 });
const publicKey = decodePublicKeyMultibase(KEY_1.publicKeyMultibase);
// A loader not made by createStaticDocumentLoader: canonicalize() takes the reference path with it.
const referenceOnly: DocumentLoader = (url, options) => bundled(url, options);

/** The fast path's N-Quads; fails the test if the fast path declined. */
async function fastNQuads(document: object, loader: DocumentLoader = bundled): Promise<string> {
  const result = await canonicalizeFast(document, contextStoreFor(loader)!);
  if (!("nquads" in result)) throw new Error(`fast path declined: ${result.declined}`);
  return result.nquads;
}

/** The fast path's verdict: N-Quads, a decline, or the error it throws. */
async function fastOutcome(document: object, loader: DocumentLoader = bundled) {
  try {
    return await canonicalizeFast(document, contextStoreFor(loader)!);
  } catch (error) {
    return { error };
  }
}

/** What canonicalize() (fast or reference) and the reference alone say: N-Quads or an error code. */
async function outcomeOf(run: () => Promise<string>): Promise<{ nquads: string } | { code: string }> {
  try {
    return { nquads: await run() };
  } catch (error) {
    if (!(error instanceof CredentialError)) throw error;
    return { code: error.code };
  }
}

/** The two documents a proof hashes: the credential without its proof, and the proof options under its context. */
function hashedDocuments(signed: { "@context": unknown; proof: object }): object[] {
  const { proof, ...unsecured } = signed;
  const { proofValue: _proofValue, ...proofOptions } = proof as Record<string, unknown>;
  return [unsecured, { ...proofOptions, "@context": signed["@context"] }];
}

async function expectSameAsReference(signed: { "@context": unknown; proof: object }, loader: DocumentLoader = bundled) {
  for (const document of hashedDocuments(signed)) {
    expect(await fastNQuads(document, loader)).toBe(await canonicalizeWithJsonld(document, loader));
  }
  // The signature made on the fast path verifies on the reference path.
  expect(await verifyProof(signed, publicKey, loader === bundled ? referenceOnly : (url, options) => loader(url, options))).toEqual({ ok: true });
}

const HOLDER_NAMES = [
  "Ada Lovelace",
  "王小明",
  "محمد الأحمد",
  "שרה כהן",
  "Zoë 🚀 👩🏽‍💻 Ω",
  "\u202eevil\u202c O'Brien \"quoted\" \\ back",
  "line\nbreak\ttab",
];

describe("fast canonicalization gives the reference's N-Quads byte for byte", () => {
  const tracks = appTracks();

  it("covers every track in content/", () => {
    expect(tracks.length).toBeGreaterThanOrEqual(2);
  });

  for (const track of appTracks()) {
    it(`for every credential the app issues for ${track.id} (names in any script, with and without optional parts)`, async () => {
      for (const [serial, holderName] of HOLDER_NAMES.entries()) {
        for (const minimal of [false, true]) {
          const signed = await signCredential(appCredential(track, { serial, holderName, minimal }), { signer, now: ISSUED_AT });
          await expectSameAsReference(signed);
        }
      }
    });

    it(`for a renewal of a ${track.id} certificate that links it with an SRI digest`, async () => {
      const original = await signCredential(appCredential(track, { serial: 1 }), { signer, now: ISSUED_AT });
      const renewal = await signCredential(appCredential(track, { serial: 2, renewedFrom: { publicId: "cert-1", document: original } }), { signer, now: ISSUED_AT });
      expect(renewal.relatedResource?.[0]?.digestSRI).toMatch(/^sha384-/);
      await expectSameAsReference(renewal);
    });
  }

  it("for the signed status list credential, with and without validUntil and revoked entries", async () => {
    const list = [7, 4242, 131_071].reduce((acc, index) => setStatus(acc, index, true), createStatusList());
    for (const validUntil of [undefined, new Date("2025-03-02T12:00:00Z")]) {
      const signed = await signCredential(buildStatusListCredential({ id: STATUS_LIST_URL, issuerDid: ISSUER_DID, list, validFrom: ISSUED_AT, ...(validUntil && { validUntil }) }), { signer, now: ISSUED_AT });
      await expectSameAsReference(signed);
    }
  });

  it("for the credential fixtures shared by the credential tests", async () => {
    const { credential, statusListCredential } = await issueFixture();
    await expectSameAsReference(credential);
    await expectSameAsReference(statusListCredential);
    const bare = await signCredential(buildCredential(sampleInput({ description: "Ünïcödé — 说明", validUntil: undefined, results: [], ruleVersions: [], subject: { name: "名前" } })), { signer, now: ISSUED_AT });
    await expectSameAsReference(bare);
  });

  it("leaves loaders not made by createStaticDocumentLoader (whose answers may change) to the reference", async () => {
    expect(contextStoreFor(referenceOnly)).toBeUndefined();
    expect(contextStoreFor(bundled)).toBeDefined();
    const { credential } = await issueFixture();
    const [unsecured] = hashedDocuments(credential);
    expect(await canonicalize(unsecured!, referenceOnly)).toBe(await fastNQuads(unsecured!));
  });

  it("for credentials with an extra-documents loader (the fast path serves those contexts too)", async () => {
    const loader = createStaticDocumentLoader(new Map([["did:web:localhost%3A3000", { id: ISSUER_DID }]]));
    const signed = await signCredential(appCredential(appTracks()[0]!), { signer, now: ISSUED_AT, documentLoader: loader });
    await expectSameAsReference(signed, loader);
  });
});

// W3C Data Integrity EdDSA Cryptosuites v1.0 test vectors (see tests/fixtures/vc-di-eddsa/README.md).
describe("W3C vc-di-eddsa test vectors (eddsa-rdfc-2022)", () => {
  const dir = join(__dirname, "../../fixtures/vc-di-eddsa");
  const json = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
  const text = (file: string) => readFileSync(join(dir, file), "utf8");
  const examplesContext = json("credentials-examples-v2.jsonld");
  const loader = createStaticDocumentLoader(new Map([["https://www.w3.org/ns/credentials/examples/v2", examplesContext]]));
  const unsigned = json("unsigned.json") as { "@context": unknown };
  const signed = json("eddsa-rdfc-2022/signedDataInt.json") as { "@context": unknown; proof: { proofValue: string; verificationMethod: string; created: string } };
  const keyPair = json("keyPair.json") as { publicKeyMultibase: string; privateKeyMultibase: string };

  it("canonicalizes the unsigned credential to the vector's canonical document, on the fast path", async () => {
    expect(await fastNQuads(unsigned, loader)).toBe(text("eddsa-rdfc-2022/canonDocDataInt.txt"));
    expect(await canonicalize(unsigned, loader)).toBe(text("eddsa-rdfc-2022/canonDocDataInt.txt"));
    expect(await canonicalizeWithJsonld(unsigned, loader)).toBe(text("eddsa-rdfc-2022/canonDocDataInt.txt"));
  });

  it("canonicalizes the proof configuration to the vector's canonical proof options, on the fast path", async () => {
    const proofConfig = json("eddsa-rdfc-2022/proofConfigDataInt.json");
    expect(await fastNQuads(proofConfig, loader)).toBe(text("eddsa-rdfc-2022/proofCanonDataInt.txt"));
    expect(await canonicalizeWithJsonld(proofConfig, loader)).toBe(text("eddsa-rdfc-2022/proofCanonDataInt.txt"));
  });

  it("accepts the vector's signed credential with the vector's public key", async () => {
    expect(await verifyProof(signed, decodePublicKeyMultibase(keyPair.publicKeyMultibase), loader)).toEqual({ ok: true });
    const tampered = { ...signed, credentialSubject: { id: "did:example:abcdefgh", alumniOf: "The School of Exampels" } };
    expect(await verifyProof(tampered, decodePublicKeyMultibase(keyPair.publicKeyMultibase), loader)).toMatchObject({ ok: false, failure: "tampered" });
  });

  it("signs the vector's unsigned credential to the vector's proofValue (Ed25519 is deterministic)", async () => {
    const [did, keyId] = signed.proof.verificationMethod.split("#") as [string, string];
    const vectorKey = keyPairFromSeed({ keyId, seed: decodeSecretKeyMultibase(keyPair.privateKeyMultibase) });
    expect(vectorKey.publicKeyMultibase).toBe(keyPair.publicKeyMultibase);
    const ours = await signCredential(unsigned, { signer: createEd25519Signer({ did, keyPair: vectorKey }), now: new Date(signed.proof.created), documentLoader: loader });
    expect(ours.proof.proofValue).toBe(text("eddsa-rdfc-2022/sigBTC58DataInt.txt").trim());
    expect(ours).toEqual(signed);
  });
});

describe("hostile documents get the reference's answer, never a crash", () => {
  const base = (): Record<string, unknown> => structuredClone(buildCredential(sampleInput())) as unknown as Record<string, unknown>;
  const subject = (document: Record<string, unknown>) => document.credentialSubject as Record<string, unknown>;
  const deep = (levels: number) => {
    let node: Record<string, unknown> = { name: "bottom" };
    // Each level distinct, so RDFC-1.0 tells the blank nodes apart (identical ones exhaust its work budget).
    for (let i = 0; i < levels; i++) node = { name: [`level ${i}`, node] };
    return node;
  };
  const cases: [string, () => object, "declined" | "error" | "fast"][] = [
    ["an undefined term at the top", () => ({ ...base(), notATerm: "x" }), "declined"],
    ["an undefined term inside credentialSubject", () => { const d = base(); subject(d).shoeSize = "44"; return d; }, "declined"],
    ["a term defined only in a parent's type-scoped context, used in a nested node", () => { const d = base(); subject(d).identifier = [{ type: "IdentityObject", achievement: "x", identityHash: "h", identityType: "emailAddress", hashed: true, salt: "s" }]; return d; }, "declined"],
    ["an undefined type", () => ({ ...base(), type: ["VerifiableCredential", "NoSuchType"] }), "declined"],
    ["a relative id", () => ({ ...base(), id: "relative/credential" }), "declined"],
    ["an id with whitespace", () => ({ ...base(), id: "urn:uuid:has space" }), "declined"],
    ["a relative IRI in an IRI-valued property", () => { const d = base(); (d.credentialStatus as Record<string, unknown>).statusListCredential = "../list"; return d; }, "declined"],
    ["a context URL outside the bundle", () => ({ ...base(), "@context": ["https://www.w3.org/ns/credentials/v2", "https://evil.example/context.json"] }), "error"],
    ["an inline context", () => ({ ...base(), "@context": ["https://www.w3.org/ns/credentials/v2", { shoeSize: "https://evil.example/shoe" }] }), "declined"],
    ["a keyword written as a key", () => ({ ...base(), "@type": "VerifiableCredential" }), "declined"],
    ["a @value object", () => ({ ...base(), name: { "@value": "x", "@language": "en" } }), "declined"],
    ["a number", () => { const d = base(); subject(d).name = 42; return d; }, "declined"],
    ["a null", () => ({ ...base(), description: null }), "declined"],
    ["an empty object", () => { const d = base(); subject(d).achievement = {}; return d; }, "declined"],
    ["a nested array", () => ({ ...base(), name: [["a"], "b"] }), "declined"],
    ["a lone surrogate", () => ({ ...base(), name: "broken \ud800 text" }), "declined"],
    ["a key named like an Object.prototype member", () => ({ ...base(), constructor: "x" }), "declined"],
    ["a key named __proto__", () => JSON.parse(`{"__proto__": "x", ${JSON.stringify(base()).slice(1)}`) as object, "declined"],
    ["the same value twice", () => ({ ...base(), name: ["Same", "Same"] }), "declined"],
    ["a document blank node labelled like a canonical one", () => { const d = base(); subject(d).id = "_:c14n0"; return d; }, "fast"],
    ["a huge array of names", () => { const d = base(); subject(d).name = Array.from({ length: 3000 }, (_, i) => `name ${i}`); return d; }, "fast"],
    ["deep nesting of objects inside credentialSubject (20,000 levels: jsonld's stack overflows whatever the depth of the caller)", () => { const d = base(); subject(d).description = deep(20_000); return d; }, "declined"],
    ["deep nesting of objects inside credentialSubject (500 levels: jsonld copes)", () => { const d = base(); subject(d).description = deep(500); return d; }, "declined"],
    ["moderate nesting of objects inside credentialSubject", () => { const d = base(); subject(d).description = deep(40); return d; }, "fast"],
    ["an array instead of an object", () => [base()], "declined"],
    ["a graph-container property (proof) with an IRI instead of an object", () => ({ ...base(), proof: "did:example:not-a-proof" }), "declined"],
    ["a graph-container property (proof) with an object", () => ({ ...base(), proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", proofPurpose: "assertionMethod", verificationMethod: `${ISSUER_DID}#key-1`, created: "2025-03-01T12:00:00Z" } }), "fast"],
  ];

  for (const [name, make, expected] of cases) {
    it(`${name}: ${expected === "fast" ? "handled on the fast path, identically" : expected === "error" ? "the loader's error, as the reference" : "declined, so the reference decides"}`, async () => {
      const document = make();
      const fast = await fastOutcome(document);
      if (expected === "fast") expect(fast).toHaveProperty("nquads");
      else if (expected === "declined") expect(fast).toHaveProperty("declined");
      else expect(fast).toMatchObject({ error: { code: "unknown-context" } });
      const ours = await outcomeOf(() => canonicalize(document));
      const reference = await outcomeOf(() => canonicalizeWithJsonld(document));
      expect(ours).toEqual(reference);
      if ("nquads" in fast) expect(ours).toEqual({ nquads: fast.nquads });
    });
  }

  it("agrees with the reference on many rearrangements of a credential (moved, copied, retyped, objects and strings swapped)", async () => {
    const original = base();
    const variants: object[] = [];
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
      else if (typeof value === "object" && value !== null) {
        paths.push(path);
        for (const [key, inner] of Object.entries(value)) if (key !== "@context") collect(inner, [...path, key]);
      }
    };
    collect(original, []);
    const at = (document: unknown, path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document) as Record<string, unknown>;
    const donors = ["name", "description", "id", "type", "narrative", "achievementType", "hashed", "value", "targetName", "statusPurpose", "resultDescription", "validFrom"];
    for (const path of paths) {
      for (const donor of donors) {
        const sourcePath = paths.find((p) => donor in at(original, p) && p.join("/") !== path.join("/"));
        if (!sourcePath) continue;
        const copy = structuredClone(original);
        at(copy, path)[donor] = structuredClone(at(original, sourcePath)[donor]);
        variants.push(copy);
      }
      if (path.length > 0) {
        // An object replaced by an IRI, and each string of it by a reference to a node.
        const parentPath = path.slice(0, -1);
        const replaced = structuredClone(original);
        at(replaced, parentPath)[path.at(-1) as string] = "did:example:replaced";
        variants.push(replaced);
        for (const [key, value] of Object.entries(at(original, path))) {
          if (typeof value !== "string" || key === "type") continue;
          const referenced = structuredClone(original);
          at(referenced, path)[key] = { id: "did:example:referenced" };
          variants.push(referenced);
        }
      }
      for (const type of ["Achievement", "Profile", "Result", "VerifiableCredential", "BitstringStatusListEntry"]) {
        if (path.length === 0) continue;
        const copy = structuredClone(original);
        at(copy, path).type = [type];
        variants.push(copy);
      }
    }
    expect(variants.length).toBeGreaterThan(100);
    let onFastPath = 0;
    for (const variant of variants) {
      const fast = await fastOutcome(variant);
      const reference = await outcomeOf(() => canonicalizeWithJsonld(variant));
      if ("nquads" in fast) {
        onFastPath++;
        expect(reference).toEqual({ nquads: fast.nquads });
      }
      expect(await outcomeOf(() => canonicalize(variant))).toEqual(reference);
    }
    // Most rearrangements stay inside the subset: the comparison is not vacuous.
    expect(onFastPath).toBeGreaterThan(variants.length / 4);
  }, 120_000);
});
