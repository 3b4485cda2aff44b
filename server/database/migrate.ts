import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SqlRunner } from "./sql-runner";

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

type Migration = { name: string; sql: string; checksum: string };

/** Migration folders under `dir`, in name order (names start with a UTC timestamp). */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Applies pending migrations in order, each in its own transaction with its record, so a failed
 * migration leaves nothing half-applied. Refuses to run when an applied migration's file changed:
 * the fix for a shipped migration is a new migration.
 * Returns the names applied now.
 */
export async function applyMigrations(runner: SqlRunner, migrations: Migration[]): Promise<string[]> {
  await runner.query(`CREATE TABLE IF NOT EXISTS "_borderless_migrations" (
    "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
  const applied = new Map(
    (await runner.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_borderless_migrations"`)).map((row) => [row.name, row.checksum]),
  );
  for (const [name] of applied) {
    if (!migrations.some((migration) => migration.name === name)) {
      throw new MigrationError(`Migration ${name} is recorded in the database but missing from prisma/migrations: this database is newer than the code.`);
    }
  }
  const done: string[] = [];
  for (const migration of migrations) {
    const recorded = applied.get(migration.name);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new MigrationError(`Migration ${migration.name} was edited after it was applied. Restore it and write a new migration instead.`);
      }
      continue;
    }
    await runner.transaction(async (tx) => {
      // Two servers starting at once against one PostgreSQL: the second waits, then skips.
      await tx.query(`SELECT pg_advisory_xact_lock(724513)`);
      const [already] = await tx.query(`SELECT 1 FROM "_borderless_migrations" WHERE "name" = $1`, [migration.name]);
      if (already) return;
      await tx.exec(migration.sql);
      await tx.query(`INSERT INTO "_borderless_migrations" ("name", "checksum") VALUES ($1, $2)`, [migration.name, migration.checksum]);
      done.push(migration.name);
    });
  }
  return done;
}
