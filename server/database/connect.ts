import "server-only";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { applyMigrations, readMigrations } from "./migrate";
import { lockDataDir } from "./pglite-lock";
import { pgliteRunner, pgRunner, type SqlRunner } from "./sql-runner";

export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  driver: "pglite" | "postgresql";
  close(): Promise<void>;
};

export type DatabaseTarget =
  | { kind: "postgresql"; url: string; /** Connections in the pool (default 10). */ poolSize?: number }
  | { kind: "pglite-file"; dataDir: string }
  | { kind: "pglite-memory" };

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

/** Opens a database (without migrating). The only place drivers are chosen. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgresql") {
    const pool = new Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client losing its connection (server restart, DROP DATABASE … FORCE) emits 'error'
    // on the pool; unhandled, that would crash the process. The next query reconnects.
    pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      sql: pgRunner(pool),
      driver: "postgresql",
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let release = () => {};
  let pglite: PGlite;
  if (target.kind === "pglite-file") {
    release = lockDataDir(target.dataDir);
    pglite = await PGlite.create(join(target.dataDir, "pglite"));
  } else {
    pglite = await PGlite.create();
  }
  // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; the runtime contract is
  // the one Prisma 6.19 expects (the integration suite runs on it), so only the types differ.
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as unknown as PrismaPg });
  return {
    prisma,
    sql: pgliteRunner(pglite),
    driver: "pglite",
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

/** Opens and brings the schema up to date. */
export async function openMigratedDatabase(target: DatabaseTarget): Promise<Database> {
  const db = await openDatabase(target);
  try {
    await applyMigrations(db.sql, readMigrations(MIGRATIONS_DIR));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
