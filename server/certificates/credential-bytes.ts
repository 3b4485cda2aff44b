import "server-only";
import { createHash } from "node:crypto";

/** The bytes GET /api/credentials/<id> serves; a renewal's SRI digest is computed over these. */
export const serializeCredential = (document: unknown) => JSON.stringify(document, null, 2);
export const sriDigest = (text: string) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
