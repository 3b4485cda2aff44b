import "server-only";
import type { Locale } from "@/domain/content/locale";
import type { MessageKey, MessageParams } from "@/lib/i18n/catalogue";
import { isMessageKey, translate } from "@/lib/i18n/translate";

/** The one error type services throw; mapped to HTTP statuses and form messages in one place. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** A dependency (the database, the verification workers) cannot answer now; answered with Retry-After. */
  UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message as data: its catalogue key and ICU arguments, rendered in the reader's language at the boundary. */
export type ErrorMessage = MessageKey | { key: MessageKey; params?: MessageParams };

/** Renders one error message in `locale`. */
export function renderErrorMessage(message: ErrorMessage, locale: Locale): string {
  return typeof message === "object" ? translate(locale, message.key, message.params) : translate(locale, message);
}

/**
 * A message that arrives as data (a zod issue's message, a domain result): domain code names its
 * messages by catalogue key, as plain strings. Text that is not a key (a library's own message,
 * e.g. zod's default or JSON.parse's) is kept as it is, explicitly (`errors.verbatim`).
 */
export function messageFromData(text: string, params?: MessageParams): ErrorMessage {
  return isMessageKey(text) ? { key: text, ...(params ? { params } : {}) } : { key: "errors.verbatim", params: { text } };
}

/** Field messages that arrive as data (`{ field: [key, …] }` from a domain function), as error messages. */
export function fieldMessagesFromData(fields: Record<string, string[]>): Record<string, ErrorMessage[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => messageFromData(m))]));
}

export class AppError extends Error {
  /** The message as data (English text in `message`, for logs and tests). */
  readonly messageKey: ErrorMessage;
  private readonly fieldMessages?: Record<string, ErrorMessage[]>;

  constructor(
    readonly code: ErrorCode,
    /** A catalogue key (errors.*), so that a message without a translation does not compile. */
    message: ErrorMessage,
    /** Field-level messages for forms, keyed by field name. */
    fieldErrors?: Record<string, ErrorMessage[]>,
    /** For UNAVAILABLE and RATE_LIMITED: when to try again, sent as the Retry-After header. */
    readonly options?: { retryAfterSeconds?: number },
  ) {
    super(renderErrorMessage(message, "en"));
    this.name = "AppError";
    this.messageKey = message;
    if (fieldErrors) this.fieldMessages = fieldErrors;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  get retryAfterSeconds(): number | undefined {
    return this.options?.retryAfterSeconds;
  }

  /** Field messages in English (as the JSON API and tests read them by default). */
  get fieldErrors(): Record<string, string[]> | undefined {
    return this.localizedFieldErrors("en");
  }

  /** The message in the reader's language. */
  localizedMessage(locale: Locale): string {
    return renderErrorMessage(this.messageKey, locale);
  }

  localizedFieldErrors(locale: Locale): Record<string, string[]> | undefined {
    if (!this.fieldMessages) return undefined;
    return Object.fromEntries(Object.entries(this.fieldMessages).map(([field, messages]) => [field, messages.map((m) => renderErrorMessage(m, locale))]));
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
