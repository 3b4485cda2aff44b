import "server-only";
import { join } from "node:path";
import { z } from "zod";

/** An empty variable (`DATABASE_URL=`) means unset, as shells and CI files often write it. */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

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
  /** Sign-in attempts allowed per email in the window below before it is locked. */
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
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = EnvSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment:\n${result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
    }
    parsed = result.data;
  }
  return parsed;
}
