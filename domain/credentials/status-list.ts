import { gunzipSync, gzipSync } from "node:zlib";
import { CREDENTIALS_V2_CONTEXT_URL } from "./context-urls";
import { CredentialError } from "./credential-error";
import { formatDateTime } from "./format-date-time";
import { decodeMultibaseBase64url, encodeMultibaseBase64url } from "./multibase";

/** Bitstring Status List v1.0 minimum size (16 KB), which gives group privacy to holders. */
export const MIN_STATUS_LIST_BITS = 131_072;
// Refuse to inflate a list beyond this (a gzip bomb would otherwise exhaust memory).
const MAX_STATUS_LIST_BYTES = 16 * 1024 * 1024;

/** A bitstring; bit `i` is bit `7 - (i % 8)` of byte `i / 8` (index 0 is the left-most bit, per the spec). */
export interface StatusList {
  readonly length: number;
  readonly bytes: Uint8Array;
}

/**
 * An all-zero list of `length` bits (default and minimum 131,072; a multiple of 8).
 * Throws `invalid-status-list` for other sizes.
 */
export function createStatusList(length: number = MIN_STATUS_LIST_BITS): StatusList {
  if (!Number.isInteger(length) || length < MIN_STATUS_LIST_BITS || length % 8 !== 0) {
    throw new CredentialError("invalid-status-list", `A status list has at least ${MIN_STATUS_LIST_BITS} bits, in whole bytes`);
  }
  return { length, bytes: new Uint8Array(length / 8) };
}

function assertIndex(list: StatusList, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new CredentialError("status-index-out-of-range", `Status index ${index} is outside 0..${list.length - 1}`);
  }
}

/** Whether bit `index` is set (for a revocation list: the credential is revoked). Throws when out of range. */
export function getStatus(list: StatusList, index: number): boolean {
  assertIndex(list, index);
  return (((list.bytes[index >> 3] ?? 0) >> (7 - (index & 7))) & 1) === 1;
}

/** A copy of `list` with bit `index` set to `value`; the input is not modified. Throws when out of range. */
export function setStatus(list: StatusList, index: number, value: boolean): StatusList {
  assertIndex(list, index);
  const bytes = Uint8Array.from(list.bytes);
  const mask = 1 << (7 - (index & 7));
  const current = bytes[index >> 3] ?? 0;
  bytes[index >> 3] = value ? current | mask : current & ~mask;
  return { length: list.length, bytes };
}

/** `encodedList`: multibase base64url (prefix `u`, no padding) of the GZIP-compressed bitstring. */
export function encodeStatusList(list: StatusList): string {
  return encodeMultibaseBase64url(gzipSync(list.bytes));
}

/**
 * Decodes an `encodedList`. Throws `invalid-status-list` for bad multibase, bad
 * GZIP, more than 16 MB inflated, or fewer than 131,072 bits.
 */
export function decodeStatusList(encodedList: string): StatusList {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(gunzipSync(decodeMultibaseBase64url(encodedList), { maxOutputLength: MAX_STATUS_LIST_BYTES }));
  } catch (cause) {
    throw new CredentialError("invalid-status-list", "encodedList is not multibase base64url GZIP data", { cause });
  }
  if (bytes.length * 8 < MIN_STATUS_LIST_BITS) {
    throw new CredentialError("invalid-status-list", `Status list has ${bytes.length * 8} bits, fewer than ${MIN_STATUS_LIST_BITS}`);
  }
  return { length: bytes.length * 8, bytes };
}

export interface BitstringStatusListCredential {
  "@context": [typeof CREDENTIALS_V2_CONTEXT_URL];
  id: string;
  type: ["VerifiableCredential", "BitstringStatusListCredential"];
  issuer: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    id: string;
    type: "BitstringStatusList";
    statusPurpose: "revocation";
    encodedList: string;
  };
}

/**
 * Builds the unsigned `BitstringStatusListCredential` published at `id` (the
 * URL credentials name in `statusListCredential`). Sign it with
 * `signCredential` and the issuer's signer. `validUntil`, if given, tells
 * verifiers when to stop trusting a cached copy.
 */
export function buildStatusListCredential({
  id,
  issuerDid,
  list,
  validFrom,
  validUntil,
}: {
  id: string;
  issuerDid: string;
  list: StatusList;
  validFrom: Date;
  validUntil?: Date;
}): BitstringStatusListCredential {
  return {
    "@context": [CREDENTIALS_V2_CONTEXT_URL],
    id,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: issuerDid,
    validFrom: formatDateTime(validFrom),
    ...(validUntil !== undefined && { validUntil: formatDateTime(validUntil) }),
    credentialSubject: {
      id: `${id}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: encodeStatusList(list),
    },
  };
}
