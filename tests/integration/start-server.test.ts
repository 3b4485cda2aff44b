import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/server/seed/seed-demo-data";
import { prepareDatabase, shouldSeedDemoData, type StartupConfig } from "@/server/start-server";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const POSTGRES = "postgresql://db.internal/borderless";
const production: StartupConfig = {
  NODE_ENV: "production",
  DATABASE_URL: POSTGRES,
  NEXTAUTH_SECRET: "a-long-random-secret-shared-by-every-instance",
  ISSUER_KEYS: '{"active":"key-1","keys":[]}',
  PUBLIC_URL: "https://borderless.example",
  SEED_DEMO_DATA: undefined,
  ALLOW_INSECURE_PRODUCTION: "false",
};
const userCount = () => db.prisma.user.count();

describe("server start", () => {
  it("seeds the demo only for the embedded database, or a PostgreSQL server that asks for it", () => {
    expect(shouldSeedDemoData({ DATABASE_URL: undefined, SEED_DEMO_DATA: undefined })).toBe(true);
    expect(shouldSeedDemoData({ DATABASE_URL: undefined, SEED_DEMO_DATA: "false" })).toBe(false);
    expect(shouldSeedDemoData({ DATABASE_URL: POSTGRES, SEED_DEMO_DATA: undefined })).toBe(false);
    expect(shouldSeedDemoData({ DATABASE_URL: POSTGRES, SEED_DEMO_DATA: "true" })).toBe(true);
  });

  it("writes nothing on a DATABASE_URL without SEED_DEMO_DATA=true, in development as in production", async () => {
    expect(await prepareDatabase(db.prisma, { ...production, NODE_ENV: "development" })).toEqual({ problems: [], refused: false, seeded: false });
    expect(await prepareDatabase(db.prisma, production)).toEqual({ problems: [], refused: false, seeded: false });
    expect(await userCount()).toBe(0);
  });

  it("refuses an unsafe production start before writing anything, listing each problem", async () => {
    const result = await prepareDatabase(db.prisma, { ...production, SEED_DEMO_DATA: "true", PUBLIC_URL: "http://borderless.example" });
    expect(result.refused).toBe(true);
    expect(result.seeded).toBe(false);
    expect(result.problems).toHaveLength(2);
    expect(await userCount()).toBe(0);
  });

  it("seeds the embedded default, and then refuses production on that database while the demo accounts exist", async () => {
    expect(await prepareDatabase(db.prisma, { ...production, NODE_ENV: "production", DATABASE_URL: undefined })).toMatchObject({ refused: false, seeded: true });
    expect(await db.prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).toBe(DEMO_USERS.length);
    const result = await prepareDatabase(db.prisma, production);
    expect(result).toMatchObject({ refused: true, seeded: false });
    expect(result.problems).toEqual([expect.stringContaining("admin@borderless.test")]);
  });

  it("starts despite the problems with ALLOW_INSECURE_PRODUCTION=true, still reporting them", async () => {
    const result = await prepareDatabase(db.prisma, { ...production, ALLOW_INSECURE_PRODUCTION: "true" });
    expect(result.refused).toBe(false);
    expect(result.problems).toHaveLength(1);
  });
});
