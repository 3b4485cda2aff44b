/**
 * Cost of checking a submitted credential's signature, for the demo certificate (the
 * compliance-architect track, as the demo seed issues it):
 * - ms per RDFC-1.0 canonicalization: jsonld.js (the reference) vs the fast path;
 * - verifyProof per second with each, and Digital Bazaar's reference verifier
 *   (@digitalbazaar/vc + data-integrity + eddsa-rdfc-2022-cryptosuite) on the same bodies.
 * Every iteration gets a distinct credential (its own id, holder, salt), so no cache of
 * results can help; only contexts are reused, as in the server.
 *
 * Run: node --conditions=react-server --import tsx bench/canonicalize.bench.ts [seconds per figure]
 */
import * as dbVc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import {
  BUNDLED_CONTEXTS,
  MULTIKEY_V1_CONTEXT_URL,
  buildDidDocument,
  canonicalize,
  createEd25519Signer,
  createStaticDocumentLoader,
  decodePublicKeyMultibase,
  signCredential,
  verifyProof,
  type DocumentLoader,
} from "@/domain/credentials";
import { canonicalizeWithJsonld } from "@/domain/credentials/canonicalize";
import { appCredential, appTracks } from "@/tests/fixtures/credentials/app-credentials";
import { DURING_VALIDITY, ISSUED_AT, ISSUER_DID, KEY_1 } from "@/tests/fixtures/credentials/issuer";

const seconds = Number(process.argv[2] ?? 3);
const DISTINCT = 400;
const NAMES = ["Ada Lovelace", "王小明", "محمد الأحمد", "Zoë 🚀 Ω"];

/** Runs `task` over the distinct bodies for about `seconds`; returns ms per call. */
async function measure(task: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 30; i++) await task(i % DISTINCT); // warm-up: JIT and the per-process context caches
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await task(calls % DISTINCT);
    calls++;
  }
  return (performance.now() - start) / calls;
}

async function expectValid(result: Promise<{ ok: boolean }>) {
  if (!(await result).ok) throw new Error("bench: a credential failed to verify");
}

async function main() {
  const track = appTracks().find((t) => t.id === "compliance-architect");
  if (!track) throw new Error("bench: the compliance-architect track is missing from content/");
  const signer = createEd25519Signer({ did: ISSUER_DID, keyPair: KEY_1 });
  const publicKey = decodePublicKeyMultibase(KEY_1.publicKeyMultibase);
  const signed = await Promise.all(
    Array.from({ length: DISTINCT }, (_, serial) => signCredential(appCredential(track, { serial, holderName: `${NAMES[serial % NAMES.length]} ${serial}` }), { signer, now: ISSUED_AT })),
  );
  const unsigned = signed.map(({ proof: _proof, ...document }) => document);

  // Any loader not made by createStaticDocumentLoader takes the reference path.
  const bundled = createStaticDocumentLoader();
  const referenceOnly: DocumentLoader = (url, options) => bundled(url, options);

  const didDocument = buildDidDocument(ISSUER_DID, [KEY_1]);
  const theirDocuments = new Map<string, unknown>(BUNDLED_CONTEXTS);
  theirDocuments.set(didDocument.id, didDocument);
  for (const method of didDocument.verificationMethod) theirDocuments.set(method.id, { "@context": MULTIKEY_V1_CONTEXT_URL, ...method });
  const theirLoader = async (url: string) => {
    const document = theirDocuments.get(url);
    if (document === undefined) throw new Error(`bench loader refused ${url}`);
    return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
  };
  const theirSuite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

  if ((await canonicalize(unsigned[0]!)) !== (await canonicalizeWithJsonld(unsigned[0]!))) throw new Error("bench: the two paths disagree");

  const canonJsonld = await measure((i) => canonicalizeWithJsonld(unsigned[i]!));
  const canonFast = await measure((i) => canonicalize(unsigned[i]!));
  const verifyJsonld = await measure((i) => expectValid(verifyProof(signed[i]!, publicKey, referenceOnly)));
  const verifyFast = await measure((i) => expectValid(verifyProof(signed[i]!, publicKey)));
  const verifyTheirs = await measure(async (i) => {
    const result = await dbVc.verifyCredential({ credential: signed[i]!, suite: theirSuite, documentLoader: theirLoader, checkStatus: async () => ({ verified: true }), now: DURING_VALIDITY });
    if (!result.verified) throw new Error("bench: Digital Bazaar's verifier rejected a credential");
  });

  const perSecond = (ms: number) => Math.round(1000 / ms);
  console.log(`demo credential (${track.id}), ${DISTINCT} distinct bodies, ${seconds} s per figure, Node ${process.version}`);
  console.log(`canonicalize, jsonld.js (reference)   ${canonJsonld.toFixed(2)} ms`);
  console.log(`canonicalize, fast path               ${canonFast.toFixed(2)} ms   (${(canonJsonld / canonFast).toFixed(1)}x)`);
  console.log(`verifyProof, jsonld.js                ${perSecond(verifyJsonld)} /s`);
  console.log(`verifyProof, fast path                ${perSecond(verifyFast)} /s`);
  console.log(`Digital Bazaar vc.verifyCredential    ${perSecond(verifyTheirs)} /s   (fast path: ${(verifyTheirs / verifyFast).toFixed(1)}x theirs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
