/**
 * The one error type thrown by the credential domain. `server/errors.ts` maps
 * it to `AppError`; the domain cannot import the server layer.
 */
export type CredentialErrorCode =
  | "invalid-input"
  | "invalid-key"
  | "invalid-did"
  | "unknown-context"
  | "canonicalization-failed"
  | "status-index-out-of-range"
  | "invalid-status-list";

/** A credential-domain failure with a machine-readable `code`. */
export class CredentialError extends Error {
  readonly code: CredentialErrorCode;

  constructor(code: CredentialErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CredentialError";
    this.code = code;
  }
}
