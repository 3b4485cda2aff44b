import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The few raw SQL operations the migration runner needs, over either driver. Prisma cannot run
 * multi-statement migration files, so migrations go through the driver directly.
 */
export type SqlRunner = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction; `exec` inside may hold many statements. */
  transaction<T>(work: (tx: { exec(sql: string): Promise<void>; query: SqlRunner["query"] }) => Promise<T>): Promise<T>;
};

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params) => (await tx.query(sql, params)).rows as never,
        }),
      ),
  };
}

export function pgRunner(pool: Pool): SqlRunner {
  return {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
