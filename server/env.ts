import "server-only";
import { join } from "node:path";
import { z } from "zod";

/** An empty variable (`DATABASE_URL=`) means unset, as shells and CI files often write it. */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/**
 * A rate limit written `<points>/<seconds>`: that many requests (points) per fixed window of that
 * many seconds, e.g. `60/60`. Whole numbers only; a window is at most 7 days.
 */
export const RateLimitRuleSchema = z
  .string()
  .regex(/^\d{1,7}\/\d{1,7}$/, "write a rate limit as <points>/<seconds>, e.g. 60/60")
  .transform((text) => {
    const [points, seconds] = text.split("/").map(Number) as [number, number];
    return { points, seconds };
  })
  .refine((rule) => rule.points >= 1, "a rate limit allows at least 1 point")
  .refine((rule) => rule.seconds >= 1 && rule.seconds <= 7 * 24 * 3600, "a rate limit's window is 1 second to 7 days");
export type RateLimitRule = z.output<typeof RateLimitRuleSchema>;

const rateLimit = (defaultRule: string) => z.preprocess(unsetIfEmpty, z.string().default(defaultRule).pipe(RateLimitRuleSchema));

/** Every environment variable the server reads, validated once. Defaults suit local development. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded database)").optional(),
  ),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default(join(process.cwd(), ".data"))),
  /** Public origin used in credentials, the issuer DID and verify links. */
  PUBLIC_URL: z.preprocess(unsetIfEmpty, z.url().optional()),
  /** Ed25519 issuer keys as JSON (see README); when unset a dev key is generated under DATA_DIR. */
  ISSUER_KEYS: z.preprocess(unsetIfEmpty, z.string().optional()),
  /** Failed sign-ins allowed per email and client address in the window below before that pair is locked. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Worker threads for credential verification and certificate PDFs (default: one per core). */
  VERIFY_WORKERS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(64).optional()),
  /** Tasks that may wait for a worker before callers get 503 (default: 4 per worker). */
  VERIFY_QUEUE_LIMIT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(10_000).optional()),
  /** next-auth's session encryption key; scripts/start.mjs generates one only for the embedded database. */
  NEXTAUTH_SECRET: z.preprocess(unsetIfEmpty, z.string().optional()),
  /**
   * Seed the demo accounts (published passwords) and credentials on start. Unset: only for the
   * embedded database, never for a DATABASE_URL (see server/start-server.ts).
   */
  SEED_DEMO_DATA: z.preprocess(unsetIfEmpty, z.enum(["true", "false"]).optional()),
  /** Start in production despite the problems the production checks list (local testing only). */
  ALLOW_INSECURE_PRODUCTION: z.preprocess(unsetIfEmpty, z.enum(["true", "false"]).default("false")),
  /** How often the deadline-reminder job runs. */
  REMINDER_INTERVAL_MINUTES: z.preprocess(unsetIfEmpty, z.coerce.number().int().positive().max(24 * 60).default(10)),
  /** `off` turns off the request rate limits below (not the sign-in lockout, which is account protection). */
  RATE_LIMITS: z.preprocess(unsetIfEmpty, z.enum(["on", "off"]).default("on")),
  /** Per client address: sign-up attempts. */
  RATE_LIMIT_SIGN_UP: rateLimit("30/3600"),
  /** Per client address: failed sign-ins, whatever the email (credential stuffing). */
  RATE_LIMIT_SIGN_IN: rateLimit("50/900"),
  /** Per email, from all addresses: failed sign-ins before sign-ins to it are slowed down… */
  RATE_LIMIT_SIGN_IN_ACCOUNT: rateLimit("20/900"),
  /** …to this many password checks per email once slowed. */
  RATE_LIMIT_SIGN_IN_ACCOUNT_SLOW: rateLimit("1/60"),
  /** Per client address: POST /api/verify. */
  RATE_LIMIT_VERIFY: rateLimit("60/60"),
  /** Per client address: POST /api/verify/bulk (each file may hold many ids). */
  RATE_LIMIT_VERIFY_BULK: rateLimit("10/600"),
  /** Per signed-in user: the JSON attempts API (start and submit). */
  RATE_LIMIT_ATTEMPTS: rateLimit("30/60"),
  /** Per email and per client address: password-reset requests. */
  RATE_LIMIT_PASSWORD_RESET: rateLimit("5/3600"),
  /**
   * The SMTP server that sends mail, `smtp://user:pass@host:587` (STARTTLS when the server offers
   * it) or `smtps://…:465` (TLS from the start). Unset: mail is kept in the outbox table only, for a
   * platform admin to read at /<lang>/admin/outbox, and each message's link is printed in the log.
   */
  SMTP_URL: z.preprocess(unsetIfEmpty, z.string().regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587").optional()),
  /** The sender of every message, `Borderless <no-reply@borderless.example>` or a bare address. */
  MAIL_FROM: z.preprocess(
    unsetIfEmpty,
    z.string().max(320).regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "MAIL_FROM must be an address, or a name and <address>").default("Borderless <no-reply@borderless.local>"),
  ),
  /** How often the outbox runner looks for mail to send. */
  OUTBOX_INTERVAL_SECONDS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(3600).default(5)),
  /** `true` only behind a reverse proxy that appends the client to X-Forwarded-For (see client-ip.ts). */
  TRUST_PROXY: z.preprocess(unsetIfEmpty, z.enum(["true", "false"]).default("false")),
  /** How many proxies of ours append to X-Forwarded-For: the client is that many entries from the right. */
  TRUST_PROXY_HOPS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(10).default(1)),
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

/** Validates a set of variables (process.env, or a test's own); throws listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return result.data;
}

export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}
