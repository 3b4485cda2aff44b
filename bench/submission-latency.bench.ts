/**
 * p50/p95/p99 latency of a case submission through the real server: `next start` on a fresh
 * PostgreSQL database, learners signed in through next-auth, each opening an attempt over HTTP and
 * submitting the right answer (computed here by the same engine), CONCURRENCY requests in flight.
 *
 * Run: npm run bench:submission   (needs a built app: npm run build, and PostgreSQL on 127.0.0.1:5432)
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { openMigratedDatabase } from "@/server/database/connect";
import { hashPassword } from "@/server/services/password-hashing";
import { loadCatalog } from "@/server/content/load-content";
import { solveVariant } from "@/domain/simulations/run-simulation";
import type { Params } from "@/domain/simulations/engine";

const SERVER = process.env.BENCH_PG ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const PORT = 3290;
const BASE = `http://localhost:${PORT}`;
const TRACK = "compliance-architect";
const CASE = "eu-import-vat-low-value";
const PASSWORD = "bench-password-2026";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function signIn(email: string): Promise<string> {
  const csrfResponse = await fetch(`${BASE}/api/auth/csrf`);
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return session.split(";")[0]!;
}

async function main() {
  const name = `borderless_bench_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const db = await openMigratedDatabase({ kind: "postgresql", url: url.toString() });
    const passwordHash = await hashPassword(PASSWORD);
    const emails = Array.from({ length: LEARNERS }, (_, i) => `bench${i}@example.test`);
    await db.prisma.user.createMany({ data: emails.map((email, i) => ({ email, name: `Bench ${i}`, passwordHash })) });
    await db.close();

    server = spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(PORT)], {
      env: { ...process.env, DATABASE_URL: url.toString(), NEXTAUTH_URL: BASE, PUBLIC_URL: BASE, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), SEED_DEMO_DATA: "false", ALLOW_INSECURE_PRODUCTION: "true", DATA_DIR: mkdtempSync(join(tmpdir(), "bench-")), NODE_OPTIONS: "" },
      stdio: "ignore",
    });
    for (let i = 0; ; i++) {
      const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 120) throw new Error("server did not start (is the app built? npm run build)");
      await new Promise((r) => setTimeout(r, 500));
    }
    const cookies: string[] = [];
    for (const email of emails) cookies.push(await signIn(email));

    const simulation = loadCatalog().simulation(CASE)!;
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    async function worker() {
      while (next < cookies.length) {
        const cookie = cookies[next++]!;
        const opened = await fetch(`${BASE}/api/tracks/${TRACK}/cases/${CASE}/attempts`, { method: "POST", headers: { cookie } });
        const { number, params } = (await opened.json()) as { number: number; params: Params };
        const answer = solveVariant(simulation, params).answer;
        const t0 = performance.now();
        const response = await fetch(`${BASE}/api/tracks/${TRACK}/cases/${CASE}/attempts/${number}`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify(answer),
        });
        const body = (await response.json()) as { score: number };
        latencies.push(performance.now() - t0);
        if (body.score !== 1) throw new Error(`unexpected score ${JSON.stringify(body)}`);
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    console.log(
      `submission through the server (PostgreSQL, ${CONCURRENCY} concurrent, ${sorted.length} submissions): ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms; ` +
        `${(sorted.length / seconds).toFixed(0)} open+submit pairs/s`,
    );
  } finally {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
