import "server-only";
import { buildDidDocument, createEd25519Signer, didWebFromHost, type DidDocument, type Signer } from "@/domain/credentials";
import { env } from "./env";
import { issuerKeys } from "./keys/issuer-keys";

export const ISSUER_NAME = "Borderless";

/** The deployment's public origin, e.g. https://borderless.example or http://localhost:3000. */
export function publicOrigin(): string {
  return (env().PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`).replace(/\/$/, "");
}

/** did:web of this deployment's host; its document is served at /.well-known/did.json. */
export function issuerDid(): string {
  return didWebFromHost(new URL(publicOrigin()).host);
}

export function issuerSigner(): Signer {
  return createEd25519Signer({ did: issuerDid(), keyPair: issuerKeys().active });
}

export function issuerDidDocument(): DidDocument {
  return buildDidDocument(issuerDid(), issuerKeys().published);
}

export const STATUS_LIST_ID = "1";
export const statusListUrl = (listId = STATUS_LIST_ID) => `${publicOrigin()}/api/status-lists/${listId}`;
export const verifyPageUrl = (publicId: string) => `${publicOrigin()}/verify/${publicId}`;
export const credentialUrl = (publicId: string) => `${publicOrigin()}/api/credentials/${publicId}`;
