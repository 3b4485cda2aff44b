import { createHash } from "node:crypto";

/**
 * OB 3.0 salted identity hash of an email address: `sha256$` + hex SHA-256 of
 * (normalized email + salt). The email is trimmed and lower-cased first, so a
 * verifier must normalize the address it checks the same way.
 */
export function hashEmailIdentity(email: string, salt: string): string {
  const normalized = email.trim().toLowerCase();
  return `sha256$${createHash("sha256").update(normalized + salt, "utf8").digest("hex")}`;
}
