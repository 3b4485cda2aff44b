/**
 * Cohort dashboard at scale: seeds a fresh PostgreSQL database with one cohort of 5,000 learners on
 * both tracks, with realistic progress (each learner has a pace; lessons read and case attempts
 * follow it, with misconception codes on wrong attempts and certificates for the fastest), then
 * times the dashboard service and the CSV export as the org admin sees them. Drops the database.
 *
 *   npm run -s bench:dashboard                      # 5,000 learners, 10 runs
 *   npm run -s bench:dashboard -- 20000 5           # learners, runs
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run -s bench:dashboard
 *   BENCH_KEEP=1 npm run -s bench:dashboard       # keep the seeded database (for EXPLAIN), printing its name
 *
 * Target: dashboard p95 < 500 ms server time.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { openMigratedDatabase } from "@/server/database/connect";
import { useDatabase } from "@/server/db";
import { loadCatalog } from "@/server/content/load-content";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";

const LEARNERS = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 10);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const url = new URL(serverUrl);
if (!["127.0.0.1", "localhost", "::1"].includes(url.hostname)) throw new Error(`Refusing to run the benchmark against a non-local database (${url.hostname}).`);
const name = `borderless_bench_${randomBytes(5).toString("hex")}`;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main() {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  const db = await openMigratedDatabase({ kind: "postgresql", url: url.toString() });
  useDatabase(db);
  try {
    const catalog = loadCatalog();
    const tracks = catalog.tracks.map((t) => t.id);
    const lessons = catalog.tracks.flatMap((t) => t.moduleList.flatMap((m) => m.lessonList.map((l, i) => ({ track: t.id, lesson: l.id, order: i }))));
    const simulations = catalog.tracks.flatMap((t) => t.moduleList.flatMap((m) => m.simulations.map((id) => ({ track: t.id, id, codes: Object.keys(catalog.simulation(id)?.misconceptions ?? {}) }))));

    const seedStart = performance.now();
    const staff = await db.prisma.user.create({ data: { email: "bench-admin@example.test", name: "Bench Admin", passwordHash: "x", role: "ORG_ADMIN" } });
    const org = await db.prisma.organization.create({ data: { name: "Bench University", kind: "UNIVERSITY", memberships: { create: { userId: staff.id, role: "ORG_ADMIN" } } } });
    const now = new Date();
    const day = 86_400_000;
    const startsOn = new Date(now.getTime() - 60 * day);
    const modules = catalog.tracks.flatMap((t) => t.moduleList.map((m) => ({ trackId: t.id, moduleId: m.id })));
    const cohort = await db.prisma.cohort.create({
      data: {
        organizationId: org.id, name: "Bench cohort", trackIds: tracks, startsOn, endsOn: new Date(now.getTime() + 60 * day), inviteCode: "BENCH00001",
        deadlines: { create: modules.map((m, i) => ({ ...m, dueAt: new Date(startsOn.getTime() + (i + 1) * 10 * day) })) },
      },
    });
    const sql = (text: string, params: unknown[] = []) => db.sql.query(text, params);
    await sql(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, locale, "createdAt")
       SELECT 'u' || g, 'learner' || g || '@bench.test', 'Learner ' || g, '', 'LEARNER', 'en', now() FROM generate_series(1, $1) g`, [LEARNERS]);
    await sql(
      `INSERT INTO "Enrollment" (id, "cohortId", "userId", "studentId", source, "enrolledAt")
       SELECT 'e' || g, $1, 'u' || g, 'S' || lpad(g::text, 6, '0'), 'CSV', $2 FROM generate_series(1, $3) g`, [cohort.id, startsOn, LEARNERS]);
    // Each learner's pace in [0, 1] (a skewed distribution: most in the middle, a few fast, a few stalled).
    await sql(`CREATE TEMP TABLE pace AS SELECT 'u' || g AS uid, power(random(), 0.8) AS p FROM generate_series(1, $1) g`, [LEARNERS]);
    await sql(
      `INSERT INTO "LessonProgress" (id, "userId", "trackId", "lessonId", "completedAt")
       SELECT 'lp' || row_number() OVER (), pace.uid, l.t, l.l, $4::timestamptz + (random() * 58) * interval '1 day'
         FROM pace CROSS JOIN unnest($1::text[], $2::text[], $3::int[]) AS l(t, l, o)
        WHERE random() < pace.p * 1.1`,
      [lessons.map((l) => l.track), lessons.map((l) => l.lesson), lessons.map((l) => l.order), startsOn]);
    // 0–3 attempts per case for learners who got that far; scores rise with pace; misconceptions on the wrong ones.
    await sql(
      `INSERT INTO "Attempt" (id, "userId", "trackId", "simulationId", "simulationVersion", number, seed, params, score, misconceptions, "createdAt", "submittedAt")
       SELECT 'a' || row_number() OVER (), x.uid, x.t, x.s, 1, n, (random() * 1e9)::bigint, '{}'::jsonb, x.score,
              CASE WHEN x.score < 0.8 AND array_length(x.codes, 1) > 0 THEN ARRAY[x.codes[1 + floor(random() * array_length(x.codes, 1))::int]] ELSE ARRAY[]::text[] END,
              x.at, x.at
         FROM (
           SELECT pace.uid, s.t, s.s, string_to_array(NULLIF(s.codes, ''), '|') AS codes, n,
                  least(1, greatest(0, pace.p * 0.7 + random() * 0.45 + n * 0.05)) AS score,
                  $4::timestamptz + (random() * 58) * interval '1 day' AS at
             FROM pace CROSS JOIN unnest($1::text[], $2::text[], $3::text[]) AS s(t, s, codes)
             CROSS JOIN LATERAL generate_series(1, floor(random() * 4 * pace.p)::int) AS n
         ) x`,
      [simulations.map((s) => s.track), simulations.map((s) => s.id), simulations.map((s) => s.codes.join("|")), startsOn]);
    await sql(
      `INSERT INTO "Credential" (id, "publicId", "userId", "trackId", "contentVersion", "issuedAt", "validUntil", "statusIndex", document, "cohortId")
       SELECT 'c' || row_number() OVER (), 'pub' || row_number() OVER (), pace.uid, $1, 'bench', now() - interval '3 days', now() + interval '700 days',
              row_number() OVER (), '{}'::jsonb, $2
         FROM pace WHERE pace.p > 0.95`, [tracks[0], cohort.id]);
    await sql(`ANALYZE`);
    const counts = (await sql(`SELECT (SELECT count(*) FROM "LessonProgress")::int AS lessons, (SELECT count(*) FROM "Attempt")::int AS attempts, (SELECT count(*) FROM "Credential")::int AS credentials`))[0] as Record<string, number>;
    console.log(`Seeded ${LEARNERS} learners in one cohort (${tracks.length} tracks, ${modules.length} modules, ${lessons.length} lessons, ${simulations.length} cases): ${counts.lessons} lessons read, ${counts.attempts} attempts, ${counts.credentials} certificates in ${ms(performance.now() - seedStart)}.`);

    const actor = { id: staff.id, email: staff.email, name: staff.name, role: staff.role, locale: "en" };
    await getCohortDashboard(actor, cohort.id); // warm-up: catalog, prepared plans, connections
    const dashboard: number[] = [];
    let learnersShown = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const d = await getCohortDashboard(actor, cohort.id);
      dashboard.push(performance.now() - t0);
      learnersShown = d.learners.length;
    }
    const exports: number[] = [];
    let bytes = 0;
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const t0 = performance.now();
      const { csv } = await exportCohortCsv(actor, cohort.id, "learners", "en");
      exports.push(performance.now() - t0);
      bytes = Buffer.byteLength(csv);
    }
    console.log(`Dashboard (${learnersShown} learners × ${modules.length} modules), ${dashboard.length} runs: p50 ${ms(percentile(dashboard, 50))}, p95 ${ms(percentile(dashboard, 95))}, max ${ms(Math.max(...dashboard))} (target p95 < 500 ms: ${percentile(dashboard, 95) < 500 ? "met" : "NOT met"})`);
    console.log(`CSV export (learners, ${(bytes / 1024 / 1024).toFixed(1)} MB), ${exports.length} runs: p50 ${ms(percentile(exports, 50))}, p95 ${ms(percentile(exports, 95))}`);
  } finally {
    await db.close();
    if (process.env.BENCH_KEEP) {
      console.log(`Kept database ${name}.`);
      return;
    }
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    // pool.end() resolves as the last sockets close; wait for the server to see them gone, so that
    // DROP … (FORCE) does not kill a connection still closing (an uncaught error in pg).
    for (let i = 0; i < 50; i++) {
      const { rows } = await cleanup.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
