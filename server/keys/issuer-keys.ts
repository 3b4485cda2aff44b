import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { generateKeyPair, parseKeyPair, serializeKeyPair, toPublicKeyEntry, type Ed25519KeyPair, type PublicKeyEntry } from "@/domain/credentials";
import { env } from "../env";

export type IssuerKeys = {
  /** The key new credentials are signed with. */
  active: Ed25519KeyPair;
  /** Every key published in the DID document: retired keys stay so old credentials still verify. */
  published: PublicKeyEntry[];
};

/**
 * ISSUER_KEYS holds `{ "active": "<keyId>", "keys": [<key pair>, …], "retired": [<public key>, …] }`.
 * Rotation: add a new key pair, point `active` at it, and keep the old one (its secret may be
 * dropped by moving it to `retired` with only keyId and publicKeyMultibase).
 */
const KeyringSchema = z.object({
  active: z.string().min(1),
  keys: z.array(z.unknown()).min(1),
  retired: z.array(z.object({ keyId: z.string().min(1), publicKeyMultibase: z.string().startsWith("z") })).default([]),
});

function parseKeyring(text: string, origin: string): IssuerKeys {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${origin} is not valid JSON`);
  }
  const parsed = KeyringSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${origin}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const keys = parsed.data.keys.map((key) => parseKeyPair(key));
  const active = keys.find((key) => key.keyId === parsed.data.active);
  if (!active) throw new Error(`${origin}: active key "${parsed.data.active}" is not among keys`);
  return { active, published: [...keys.map(toPublicKeyEntry), ...parsed.data.retired] };
}

let cached: IssuerKeys | undefined;

/** Production reads ISSUER_KEYS; development generates a key once and keeps it in DATA_DIR. */
export function issuerKeys(): IssuerKeys {
  if (cached) return cached;
  const { ISSUER_KEYS, DATA_DIR } = env();
  if (ISSUER_KEYS) {
    cached = parseKeyring(ISSUER_KEYS, "ISSUER_KEYS");
    return cached;
  }
  const file = join(DATA_DIR, "issuer-keys.json");
  if (!existsSync(file)) {
    console.warn(`ISSUER_KEYS is not set: generating a development signing key in ${file}. Production must set ISSUER_KEYS.`);
    mkdirSync(dirname(file), { recursive: true });
    const key = generateKeyPair({ keyId: "key-1" });
    writeFileSync(file, JSON.stringify({ active: key.keyId, keys: [JSON.parse(serializeKeyPair(key))] }, null, 2), { mode: 0o600 });
  }
  cached = parseKeyring(readFileSync(file, "utf8"), file);
  return cached;
}

/** Lets tests use a fixed keyring. */
export function useIssuerKeys(keys: IssuerKeys): void {
  cached = keys;
}
