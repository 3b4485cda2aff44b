import jsonld from "jsonld";
import { CredentialError } from "./credential-error";
import { createStaticDocumentLoader, staticExtraDocumentsOf, type DocumentLoader } from "./document-loader";
import { canonicalizeFast, ContextStore } from "./fast-canonicalize";

const defaultLoader = createStaticDocumentLoader();
// One store per static loader: its contexts are parsed once per process, then reused.
const contextStores = new WeakMap<DocumentLoader, ContextStore>();

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document to N-Quads, in
 * jsonld's safe mode: a term no context defines, or a relative IRI, fails
 * instead of being silently dropped (a dropped term would be unsigned).
 * Throws `unknown-context` for a context outside the bundle, `canonicalization-failed`
 * (cause attached) for anything else.
 *
 * Takes the fast path (`canonicalizeFast`: a JSON-LD subset processor over contexts
 * processed once per process, then rdf-canonize) whenever that path can show it yields what
 * `canonicalizeWithJsonld` would, and the loader is one made by
 * `createStaticDocumentLoader`; otherwise, and for every error, the result is the
 * reference's. The two give byte-identical N-Quads (tests/unit/credentials/fast-canonicalization.test.ts).
 */
export async function canonicalize(document: object, documentLoader: DocumentLoader = defaultLoader): Promise<string> {
  const store = contextStoreFor(documentLoader);
  if (store) {
    const fast = await canonicalizeFast(document, store);
    if ("nquads" in fast) return fast.nquads;
  }
  return canonicalizeWithJsonld(document, documentLoader);
}

/** The fast path's context store for a static loader, or `undefined` for a loader whose answers may change. */
export function contextStoreFor(documentLoader: DocumentLoader): ContextStore | undefined {
  if (!staticExtraDocumentsOf(documentLoader)) return undefined;
  let store = contextStores.get(documentLoader);
  if (!store) {
    // Once per context list: jsonld must accept the contexts themselves (it checks every term
    // definition, used or not); the fast path only models how they apply to documents.
    const validate = async (contextUrls: readonly string[]) => {
      await canonicalizeWithJsonld({ "@context": [...contextUrls], "@id": "urn:x-borderless:probe", "urn:x-borderless:probe": "probe" }, documentLoader);
    };
    contextStores.set(documentLoader, (store = new ContextStore(documentLoader, validate)));
  }
  return store;
}

/**
 * The reference implementation: jsonld.js `canonize` (expansion, toRDF, RDFC-1.0)
 * in safe mode with no base IRI. Same contract as `canonicalize`, 15–30× slower
 * (bench/canonicalize.bench.ts) because jsonld re-processes and deep-clones the
 * scoped contexts of every document.
 */
export async function canonicalizeWithJsonld(document: object, documentLoader: DocumentLoader = defaultLoader): Promise<string> {
  try {
    return await jsonld.canonize(document, {
      algorithm: "RDFC-1.0",
      format: "application/n-quads",
      safe: true,
      base: null,
      documentLoader,
    });
  } catch (cause) {
    // jsonld wraps a loader failure as `details.cause`; surface ours unchanged.
    const loaderError = findCredentialError(cause);
    if (loaderError) throw loaderError;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new CredentialError("canonicalization-failed", `RDFC-1.0 canonicalization failed: ${detail}`, { cause });
  }
}

function findCredentialError(error: unknown, depth = 0): CredentialError | undefined {
  if (error instanceof CredentialError) return error;
  if (depth > 5 || typeof error !== "object" || error === null) return undefined;
  const details: unknown = "details" in error ? error.details : undefined;
  const cause = typeof details === "object" && details !== null && "cause" in details ? details.cause : undefined;
  return findCredentialError(cause, depth + 1);
}
