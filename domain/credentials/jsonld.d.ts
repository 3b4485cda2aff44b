// Minimal typings for the parts of `jsonld` (v9) the credential domain uses.
declare module "jsonld" {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string, options?: unknown) => Promise<RemoteDocument>;
  export interface CanonizeOptions {
    algorithm?: "RDFC-1.0";
    format?: "application/n-quads";
    documentLoader?: DocumentLoader;
    /** Fail on any term or IRI that would be silently dropped (default true for canonize). */
    safe?: boolean;
    base?: string | null;
  }
  const jsonld: {
    canonize(input: object, options?: CanonizeOptions): Promise<string>;
  };
  export default jsonld;
}
