import { CredentialError } from "./credential-error";

// Bitcoin's base58 alphabet, the one multibase calls "base58btc" (prefix "z").
const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_INDEX = new Map([...BASE58_ALPHABET].map((char, index) => [char, index]));

/**
 * Encodes bytes as base58btc (no multibase prefix). Leading zero bytes become
 * leading "1"s, as in Bitcoin addresses, so the encoding is reversible.
 */
export function encodeBase58btc(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;

  // Repeated division of the big-endian number by 58, digits least significant first.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i] ?? 0;
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] ?? 0) * 256;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = "1".repeat(zeros);
  for (let k = digits.length - 1; k >= 0; k--) out += BASE58_ALPHABET[digits[k] ?? 0];
  return out;
}

/** Decodes base58btc text (no multibase prefix); throws on a character outside the alphabet. */
export function decodeBase58btc(text: string): Uint8Array {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === "1") zeros++;

  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    const value = BASE58_INDEX.get(text[i] ?? "");
    if (value === undefined) {
      throw new CredentialError("invalid-input", `Not base58btc: unexpected character at ${i}`);
    }
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let k = 0; k < bytes.length; k++) out[out.length - 1 - k] = bytes[k] ?? 0;
  return out;
}

/** Multibase base58btc: `"z"` followed by base58btc. */
export function encodeMultibaseBase58btc(bytes: Uint8Array): string {
  return `z${encodeBase58btc(bytes)}`;
}

/** Decodes a multibase base58btc string; throws unless it starts with `"z"`. */
export function decodeMultibaseBase58btc(text: string): Uint8Array {
  if (!text.startsWith("z")) {
    throw new CredentialError("invalid-input", 'Expected multibase base58btc (prefix "z")');
  }
  return decodeBase58btc(text.slice(1));
}

/** Multibase base64url without padding: `"u"` followed by base64url. */
export function encodeMultibaseBase64url(bytes: Uint8Array): string {
  return `u${Buffer.from(bytes).toString("base64url")}`;
}

/** Decodes a multibase base64url string; throws unless it starts with `"u"` and is base64url. */
export function decodeMultibaseBase64url(text: string): Uint8Array {
  if (!text.startsWith("u") || !/^[A-Za-z0-9_-]*$/.test(text.slice(1))) {
    throw new CredentialError("invalid-input", 'Expected multibase base64url (prefix "u")');
  }
  return new Uint8Array(Buffer.from(text.slice(1), "base64url"));
}
