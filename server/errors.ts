import "server-only";

/** The one error type services throw; mapped to HTTP statuses and form messages in one place. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field-level messages for forms, keyed by field name. */
    readonly fieldErrors?: Record<string, string[]>,
    /** When to try again (whole seconds): sent as Retry-After by route handlers. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/**
 * True for a unique-constraint violation from either driver: adapter-pg surfaces Prisma's P2002,
 * the PGlite adapter a DriverAdapterError carrying PostgreSQL's message or SQLSTATE 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (candidate.code === "P2002" || candidate.code === "23505") return true;
  if (typeof candidate.message === "string" && candidate.message.includes("duplicate key value violates unique constraint")) return true;
  return candidate.cause !== undefined && candidate.cause !== error && isUniqueViolation(candidate.cause);
}
