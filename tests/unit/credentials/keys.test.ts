import { describe, expect, it } from "vitest";
import {
  CredentialError,
  decodePublicKeyMultibase,
  decodeSecretKeyMultibase,
  generateKeyPair,
  keyPairFromSeed,
  parseKeyPair,
  serializeKeyPair,
} from "../../../domain/credentials";
import { decodeBase58btc, encodeBase58btc } from "../../../domain/credentials/multibase";

const hex = (value: string) => new Uint8Array(Buffer.from(value, "hex"));

describe("base58btc", () => {
  it("encodes the classic test vector and keeps leading zero bytes", () => {
    expect(encodeBase58btc(new TextEncoder().encode("hello world"))).toBe("StV1DL6CwTryKyV");
    expect(encodeBase58btc(hex("0000287fb4cd"))).toBe("11233QC4");
    expect(decodeBase58btc("11233QC4")).toEqual(hex("0000287fb4cd"));
  });

  it("rejects characters outside the alphabet (0, O, I, l)", () => {
    expect(() => decodeBase58btc("0OIl")).toThrow(CredentialError);
  });
});

describe("Ed25519 Multikey keys", () => {
  it("derives the RFC 8032 test-1 public key from its seed, encoded as z6Mk…", () => {
    const keyPair = keyPairFromSeed({ keyId: "key-1", seed: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60") });
    expect(keyPair.publicKeyMultibase.startsWith("z6Mk")).toBe(true);
    expect(decodePublicKeyMultibase(keyPair.publicKeyMultibase)).toEqual(hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    expect(decodeSecretKeyMultibase(keyPair.secretKeyMultibase)).toEqual(hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
  });

  it("generates distinct key pairs that survive a serialize/parse round trip", () => {
    const first = generateKeyPair({ keyId: "key-1" });
    const second = generateKeyPair({ keyId: "key-2" });
    expect(first.publicKeyMultibase).not.toBe(second.publicKeyMultibase);
    expect(parseKeyPair(serializeKeyPair(first))).toEqual(first);
    expect(parseKeyPair(JSON.parse(serializeKeyPair(second)))).toEqual(second);
  });

  it("refuses a stored key whose public half does not belong to its secret", () => {
    const mine = generateKeyPair({ keyId: "key-1" });
    const other = generateKeyPair({ keyId: "key-1" });
    expect(() => parseKeyPair({ ...mine, publicKeyMultibase: other.publicKeyMultibase })).toThrow(/does not match/);
  });

  it.each([["not JSON", "{"], ["wrong shape", { type: "Multikey" }], ["a keyId with a #", { ...keyPairFromSeed({ keyId: "k", seed: new Uint8Array(32) }), keyId: "#key-1" }]])(
    "refuses a stored key that is %s",
    (_label, stored) => {
      expect(() => parseKeyPair(stored)).toThrow(CredentialError);
    },
  );

  it("refuses a public key with another multicodec (e.g. an X25519 key)", () => {
    expect(() => decodePublicKeyMultibase("z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc")).toThrow(/not an Ed25519 Multikey/);
  });
});
