import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/server/database/migrate";
import { MIGRATIONS_DIR } from "@/server/database/connect";
import { isUniqueViolation } from "@/server/errors";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

describe("database", () => {
  it("records every migration once and applies nothing on a second run", async () => {
    const rows = await db.sql.query<{ name: string }>(`SELECT "name" FROM "_borderless_migrations" ORDER BY "name"`);
    expect(rows.map((r) => r.name)).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));
    expect(await applyMigrations(db.sql, readMigrations(MIGRATIONS_DIR))).toEqual([]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const edited = readMigrations(MIGRATIONS_DIR).map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db.sql, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("rolls back a failing migration completely", async () => {
    const broken = [...readMigrations(MIGRATIONS_DIR), { name: "99990101000000_broken", sql: `CREATE TABLE "Half" (id int); SELECT * FROM "NoSuchTable";`, checksum: "x" }];
    await expect(applyMigrations(db.sql, broken)).rejects.toThrow();
    const tables = await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toHaveLength(0);
  });

  it("reports a duplicate email as a unique violation on this driver", async () => {
    const data = { email: "dup@example.com", name: "A", passwordHash: "x" };
    await db.prisma.user.create({ data });
    const error = await db.prisma.user.create({ data }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("something else"))).toBe(false);
  });
});
