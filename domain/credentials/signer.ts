import { sign } from "node:crypto";
import { verificationMethodId } from "./did-web";
import { decodeSecretKeyMultibase, privateKeyObjectFromSeed, type Ed25519KeyPair } from "./keys";

/**
 * Something that signs with an Ed25519 key published in the issuer's DID
 * document. The app picks the implementation (local key file, environment
 * variable, or a managed key service) in server/keys/; the domain only needs this.
 */
export interface Signer {
  /** DID URL of the key, e.g. `did:web:example.com#key-1`. */
  readonly verificationMethod: string;
  /** Ed25519 signature (64 bytes) over `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A signer holding an Ed25519 key pair in memory (node:crypto), published as `<did>#<keyId>`. */
export function createEd25519Signer({ did, keyPair }: { did: string; keyPair: Ed25519KeyPair }): Signer {
  const privateKey = privateKeyObjectFromSeed(decodeSecretKeyMultibase(keyPair.secretKeyMultibase));
  return {
    verificationMethod: verificationMethodId(did, keyPair.keyId),
    async sign(data) {
      return new Uint8Array(sign(null, data, privateKey));
    },
  };
}
