import jsonld from "jsonld";
import { CredentialError } from "./credential-error";
import { createStaticDocumentLoader, type DocumentLoader } from "./document-loader";

const defaultLoader = createStaticDocumentLoader();

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document to N-Quads, in
 * jsonld's safe mode: a term no context defines, or a relative IRI, fails
 * instead of being silently dropped (a dropped term would be unsigned).
 * Throws `unknown-context` for a context outside the bundle, `canonicalization-failed`
 * (cause attached) for anything else.
 */
export async function canonicalize(document: object, documentLoader: DocumentLoader = defaultLoader): Promise<string> {
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
