import { describe, expect, it } from "vitest";
import { isProductionDeployment, productionProblems, type ProductionCheckInput } from "@/server/production-checks";

const safe: ProductionCheckInput = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://db.internal/borderless",
  NEXTAUTH_SECRET: "a-long-random-secret-shared-by-every-instance",
  ISSUER_KEYS: '{"active":"key-1","keys":[]}',
  PUBLIC_URL: "https://borderless.example",
  SEED_DEMO_DATA: undefined,
  demoAccounts: [],
};

describe("production checks", () => {
  it("find nothing wrong with a configured production deployment", () => {
    expect(productionProblems(safe)).toEqual([]);
    expect(productionProblems({ ...safe, SEED_DEMO_DATA: "false" })).toEqual([]);
  });

  it("apply only to NODE_ENV=production on a PostgreSQL server (the embedded demo and development are not checked)", () => {
    const bare = { NEXTAUTH_SECRET: undefined, ISSUER_KEYS: undefined, PUBLIC_URL: undefined, SEED_DEMO_DATA: "true" as const, demoAccounts: ["admin@borderless.test"] };
    expect(productionProblems({ ...bare, NODE_ENV: "production", DATABASE_URL: undefined })).toEqual([]);
    expect(productionProblems({ ...bare, NODE_ENV: "development", DATABASE_URL: safe.DATABASE_URL })).toEqual([]);
    expect(isProductionDeployment(safe)).toBe(true);
  });

  it.each([
    ["a missing NEXTAUTH_SECRET", { NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET is not set/],
    ["missing ISSUER_KEYS", { ISSUER_KEYS: undefined }, /ISSUER_KEYS is not set/],
    ["a missing PUBLIC_URL", { PUBLIC_URL: undefined }, /PUBLIC_URL is not set/],
    ["an http PUBLIC_URL", { PUBLIC_URL: "http://borderless.example" }, /PUBLIC_URL \(http:\/\/borderless\.example\) is not https/],
    ["SEED_DEMO_DATA=true", { SEED_DEMO_DATA: "true" as const }, /SEED_DEMO_DATA=true would create demo accounts/],
    ["demo accounts in the database", { demoAccounts: ["admin@borderless.test", "learner@borderless.test"] }, /Demo accounts .*: admin@borderless\.test, learner@borderless\.test/],
  ])("list %s as a problem", (_, change, message) => {
    const problems = productionProblems({ ...safe, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it("list every problem at once", () => {
    const problems = productionProblems({ ...safe, NEXTAUTH_SECRET: undefined, ISSUER_KEYS: undefined, PUBLIC_URL: "http://x.example", SEED_DEMO_DATA: "true", demoAccounts: ["admin@borderless.test"] });
    expect(problems).toHaveLength(5);
  });
});
