// Minimal typings for the Digital Bazaar reference libraries used only by the interop test.
declare module "@digitalbazaar/vc" {
  export interface VerifyResult {
    verified: boolean;
    error?: unknown;
    results?: unknown[];
    statusResult?: unknown;
  }
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    checkStatus?: (options: { credential: Record<string, unknown> }) => Promise<{ verified: boolean; error?: unknown }>;
    now?: Date | string;
  }): Promise<VerifyResult>;
  export function issue(options: { credential: object; suite: unknown; documentLoader: (url: string) => Promise<unknown> }): Promise<Record<string, unknown>>;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: Date | string });
  }
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/ed25519-multikey" {
  export interface Ed25519MultikeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): unknown;
  }
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyPair>;
}
