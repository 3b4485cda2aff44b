import "server-only";
import { join } from "node:path";
import { openMigratedDatabase, type Database, type DatabaseTarget } from "./database/connect";
import { env } from "./env";

// The database lives on globalThis: Next may load this module more than once per process
// (instrumentation, route bundles), and a file-backed PGlite must be opened exactly once.
const KEY = Symbol.for("borderless.database");
type Holder = { [KEY]?: Promise<Database> };

export function databaseTarget(): DatabaseTarget {
  const { DATABASE_URL, DATA_DIR } = env();
  return DATABASE_URL ? { kind: "postgresql", url: DATABASE_URL } : { kind: "pglite-file", dataDir: DATA_DIR };
}

/**
 * The process-wide database: opened and migrated on first use. Seeding and the production checks
 * run once at server start (start-server.ts), not here.
 */
export function database(): Promise<Database> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openMigratedDatabase(databaseTarget()).catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/** Lets tests (and scripts) provide their own database instead of the configured one. */
export function useDatabase(db: Database): void {
  (globalThis as Holder)[KEY] = Promise.resolve(db);
}

export async function prisma() {
  return (await database()).prisma;
}

export const DEV_KEYS_FILE = () => join(env().DATA_DIR, "issuer-keys.json");
