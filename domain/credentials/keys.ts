import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { z } from "zod";
import { CredentialError } from "./credential-error";
import { decodeMultibaseBase58btc, encodeMultibaseBase58btc } from "./multibase";

// Multicodec varint headers: ed25519-pub (0xed) and ed25519-priv (0x1300).
const ED25519_PUB_HEADER = [0xed, 0x01] as const;
const ED25519_PRIV_HEADER = [0x80, 0x26] as const;
const ED25519_KEY_BYTES = 32;

// Fixed DER prefixes wrapping a raw 32-byte Ed25519 key (RFC 8410), so node:crypto can import it.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/**
 * The JSON form of an issuer key the app stores (dev key file, production env
 * variable). `keyId` is the DID URL fragment (`key-1` → `did:web:host#key-1`).
 */
export const Ed25519KeyPairSchema = z.object({
  type: z.literal("Multikey"),
  keyId: z.string().regex(/^[A-Za-z0-9._-]+$/, "keyId must be a plain DID URL fragment like key-1"),
  publicKeyMultibase: z.string().startsWith("z6Mk"),
  secretKeyMultibase: z.string().startsWith("z"),
});
export type Ed25519KeyPair = z.infer<typeof Ed25519KeyPairSchema>;

/** The public half of a key, as listed in the DID document. */
export type PublicKeyEntry = Pick<Ed25519KeyPair, "keyId" | "publicKeyMultibase">;

function withHeader(header: readonly number[], key: Uint8Array): Uint8Array {
  const out = new Uint8Array(header.length + key.length);
  out.set(header);
  out.set(key, header.length);
  return out;
}

function withoutHeader(header: readonly number[], bytes: Uint8Array, what: string): Uint8Array {
  const hasHeader = header.every((byte, i) => bytes[i] === byte);
  if (!hasHeader || bytes.length !== header.length + ED25519_KEY_BYTES) {
    throw new CredentialError("invalid-key", `${what} is not an Ed25519 Multikey value`);
  }
  return bytes.slice(header.length);
}

/** Encodes a raw 32-byte Ed25519 public key as Multikey `publicKeyMultibase` (`z6Mk…`). */
export function encodePublicKeyMultibase(publicKey: Uint8Array): string {
  return encodeMultibaseBase58btc(withHeader(ED25519_PUB_HEADER, publicKey));
}

/** Decodes `publicKeyMultibase` to the raw 32-byte key; throws `invalid-key` for anything else. */
export function decodePublicKeyMultibase(publicKeyMultibase: string): Uint8Array {
  return withoutHeader(ED25519_PUB_HEADER, decodeMultibaseBase58btc(publicKeyMultibase), "publicKeyMultibase");
}

/** Encodes a raw 32-byte Ed25519 seed as Multikey `secretKeyMultibase` (multicodec 0x1300). */
export function encodeSecretKeyMultibase(seed: Uint8Array): string {
  return encodeMultibaseBase58btc(withHeader(ED25519_PRIV_HEADER, seed));
}

/** Decodes `secretKeyMultibase` to the raw 32-byte seed; throws `invalid-key` for anything else. */
export function decodeSecretKeyMultibase(secretKeyMultibase: string): Uint8Array {
  return withoutHeader(ED25519_PRIV_HEADER, decodeMultibaseBase58btc(secretKeyMultibase), "secretKeyMultibase");
}

/** A node:crypto private key object for an Ed25519 seed. */
export function privateKeyObjectFromSeed(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
}

/** A node:crypto public key object for a raw Ed25519 public key. */
export function publicKeyObjectFromRaw(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: "der", type: "spki" });
}

function rawPublicKeyOf(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new CredentialError("invalid-key", "Not an Ed25519 key");
  return new Uint8Array(Buffer.from(jwk.x, "base64url"));
}

/**
 * Generates a fresh Ed25519 key pair (randomness from node:crypto).
 * @param keyId DID URL fragment the key will be published under, e.g. `key-2` after a rotation.
 */
export function generateKeyPair({ keyId }: { keyId: string }): Ed25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  if (typeof jwk.d !== "string") throw new CredentialError("invalid-key", "node:crypto returned no Ed25519 seed");
  return keyPairFromSeed({ keyId, seed: new Uint8Array(Buffer.from(jwk.d, "base64url")), publicKey: rawPublicKeyOf(publicKey) });
}

/**
 * Builds a key pair from a 32-byte seed (deterministic; used for fixtures and imports).
 * The public key is derived from the seed, never trusted from outside.
 */
export function keyPairFromSeed({ keyId, seed, publicKey }: { keyId: string; seed: Uint8Array; publicKey?: Uint8Array }): Ed25519KeyPair {
  if (seed.length !== ED25519_KEY_BYTES) throw new CredentialError("invalid-key", "An Ed25519 seed is 32 bytes");
  const derived = publicKey ?? rawPublicKeyOf(createPublicKey(privateKeyObjectFromSeed(seed)));
  return Ed25519KeyPairSchema.parse({
    type: "Multikey",
    keyId,
    publicKeyMultibase: encodePublicKeyMultibase(derived),
    secretKeyMultibase: encodeSecretKeyMultibase(seed),
  });
}

/**
 * Parses the stored JSON form (a string or an already-parsed object) of a key pair.
 * Throws `invalid-key` when the shape is wrong or the public key does not belong to the secret.
 */
export function parseKeyPair(stored: unknown): Ed25519KeyPair {
  let value: unknown = stored;
  if (typeof stored === "string") {
    try {
      value = JSON.parse(stored);
    } catch (cause) {
      throw new CredentialError("invalid-key", "Key pair is not valid JSON", { cause });
    }
  }
  const parsed = Ed25519KeyPairSchema.safeParse(value);
  if (!parsed.success) {
    throw new CredentialError("invalid-key", `Key pair has the wrong shape: ${parsed.error.issues.map((i) => i.path.join(".") || i.message).join(", ")}`);
  }
  const seed = decodeSecretKeyMultibase(parsed.data.secretKeyMultibase);
  const expected = keyPairFromSeed({ keyId: parsed.data.keyId, seed });
  if (expected.publicKeyMultibase !== parsed.data.publicKeyMultibase) {
    throw new CredentialError("invalid-key", "publicKeyMultibase does not match secretKeyMultibase");
  }
  return parsed.data;
}

/** Serializes a key pair to the JSON string the app stores. Contains the secret: keep it out of logs. */
export function serializeKeyPair(keyPair: Ed25519KeyPair): string {
  return JSON.stringify(Ed25519KeyPairSchema.parse(keyPair));
}

/** The public half only, safe to publish. */
export function toPublicKeyEntry(keyPair: PublicKeyEntry): PublicKeyEntry {
  return { keyId: keyPair.keyId, publicKeyMultibase: keyPair.publicKeyMultibase };
}
