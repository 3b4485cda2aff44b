import "server-only";
import { database } from "./db";
import { startDeadlineReminderJob } from "./deadline-reminder-job";
import { env, type Env } from "./env";
import { startOutboxJob } from "./mail/outbox-job";
import type { PrismaClient } from "./generated/prisma/client";
import { productionProblems } from "./production-checks";
import { seedDemoCredentials } from "./seed/seed-demo-credentials";
import { DEMO_USERS, seedDemoData } from "./seed/seed-demo-data";

export type StartupConfig = Pick<
  Env,
  "NODE_ENV" | "DATABASE_URL" | "NEXTAUTH_SECRET" | "ISSUER_KEYS" | "PUBLIC_URL" | "SEED_DEMO_DATA" | "ALLOW_INSECURE_PRODUCTION"
>;

/**
 * The embedded database (no DATABASE_URL) gets the demo unless SEED_DEMO_DATA=false, so a fresh
 * clone's `npm start` is the demo; a PostgreSQL server only with an explicit SEED_DEMO_DATA=true.
 */
export function shouldSeedDemoData(config: Pick<Env, "DATABASE_URL" | "SEED_DEMO_DATA">): boolean {
  return config.SEED_DEMO_DATA === "true" || (config.SEED_DEMO_DATA === undefined && !config.DATABASE_URL);
}

export type Preparation = {
  /** What the production checks found (empty outside a production deployment). */
  problems: string[];
  /** True when the server must not start: problems and no ALLOW_INSECURE_PRODUCTION=true. Nothing was written. */
  refused: boolean;
  seeded: boolean;
};

/** Runs the production checks against the open database, then seeds the demo data if configured. */
export async function prepareDatabase(prisma: PrismaClient, config: StartupConfig): Promise<Preparation> {
  const demoAccounts = await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true }, orderBy: { email: "asc" } });
  const problems = productionProblems({ ...config, demoAccounts: demoAccounts.map((u) => u.email) });
  const refused = problems.length > 0 && config.ALLOW_INSECURE_PRODUCTION !== "true";
  if (refused || !shouldSeedDemoData(config)) return { problems, refused, seeded: false };
  await seedDemoData(prisma);
  await seedDemoCredentials(prisma);
  return { problems, refused, seeded: true };
}

/**
 * Once per server process, before it serves (instrumentation.ts): open and migrate the database,
 * refuse an unsafe production start, seed the demo, start the deadline-reminder job and the
 * outbox runner (mail). Exits the
 * process with the list of problems rather than serving an unsafe deployment.
 */
export async function startServer(): Promise<void> {
  try {
    await prepareServer();
  } catch (error) {
    // A bad environment, a database in use or out of reach: say so once, rather than fail every request.
    console.error(`Borderless could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

async function prepareServer(): Promise<void> {
  const config = env();
  const db = await database();
  const { problems, refused } = await prepareDatabase(db.prisma, config);
  const list = problems.map((p) => `  - ${p}`).join("\n");
  if (refused) {
    console.error(`Borderless will not start in production (NODE_ENV=production with DATABASE_URL):\n${list}\nFix these, or set ALLOW_INSECURE_PRODUCTION=true to start anyway (local testing only).`);
    process.exit(1);
  }
  if (problems.length > 0) console.warn(`ALLOW_INSECURE_PRODUCTION=true: starting despite:\n${list}`);
  await startDeadlineReminderJob(config.REMINDER_INTERVAL_MINUTES);
  startOutboxJob(config.OUTBOX_INTERVAL_SECONDS);
}
