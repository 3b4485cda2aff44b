/**
 * Each integration test file gets a fresh database: an in-memory PGlite by default, or a new
 * schema-isolated database on the PostgreSQL server in TEST_DATABASE_URL. It becomes the app's
 * database for the file, so services run exactly as in production.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openMigratedDatabase, type Database } from "@/server/database/connect";
import { useDatabase } from "@/server/db";

function refuseNonLocal(url: URL) {
  if (!["127.0.0.1", "localhost", "::1"].includes(url.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${url.hostname}).`);
  }
}

/** `url` is set on PostgreSQL, so a test can open a second client (another app instance) on it. */
export async function freshTestDatabase(options: { poolSize?: number } = {}): Promise<Database & { url?: string; dispose(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openMigratedDatabase({ kind: "pglite-memory" });
    useDatabase(db);
    return { ...db, dispose: () => db.close() };
  }
  const url = new URL(serverUrl);
  refuseNonLocal(url);
  const name = `borderless_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  const db = await openMigratedDatabase({ kind: "postgresql", url: url.toString(), ...options });
  useDatabase(db);
  return {
    ...db,
    url: url.toString(),
    async dispose() {
      await db.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
