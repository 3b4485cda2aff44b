import "server-only";
import type { Env } from "./env";

export type ProductionCheckInput = Pick<Env, "NODE_ENV" | "DATABASE_URL" | "NEXTAUTH_SECRET" | "ISSUER_KEYS" | "PUBLIC_URL" | "SEED_DEMO_DATA"> & {
  /** Demo accounts (published passwords) found in the database. */
  demoAccounts: readonly string[];
};

/**
 * A production deployment is `NODE_ENV=production` on a PostgreSQL server. The embedded database
 * (no DATABASE_URL) is the one-command demo, even under `next start`, and is never checked.
 */
export function isProductionDeployment(input: Pick<Env, "NODE_ENV" | "DATABASE_URL">): boolean {
  return input.NODE_ENV === "production" && Boolean(input.DATABASE_URL);
}

/**
 * What makes a production deployment unsafe to start, one sentence each (empty when it is fine,
 * and always empty outside a production deployment). Pure: the caller reads the environment and
 * looks up the demo accounts.
 */
export function productionProblems(input: ProductionCheckInput): string[] {
  if (!isProductionDeployment(input)) return [];
  const problems: string[] = [];
  if (!input.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET is not set: every instance needs the same secret to read the others' sessions.");
  }
  if (!input.ISSUER_KEYS) {
    problems.push("ISSUER_KEYS is not set: credentials would be signed with a development key generated on this machine.");
  }
  if (!input.PUBLIC_URL) {
    problems.push("PUBLIC_URL is not set: credentials, verify links and the issuer did:web would name localhost.");
  } else if (new URL(input.PUBLIC_URL).protocol !== "https:") {
    problems.push(`PUBLIC_URL (${input.PUBLIC_URL}) is not https: session cookies would travel unencrypted and not be marked Secure.`);
  }
  if (input.SEED_DEMO_DATA === "true") {
    problems.push("SEED_DEMO_DATA=true would create demo accounts whose passwords are published in the README.");
  }
  if (input.demoAccounts.length > 0) {
    problems.push(`Demo accounts with published passwords exist: ${input.demoAccounts.join(", ")}. Delete them.`);
  }
  return problems;
}
