/**
 * Verification under load, as ratios measured in one run on this machine:
 * - GET /api/credentials/<id> vs a minimal Next.js route returning the same bytes from memory, and
 *   GET /en/verify/<id> vs a minimal Next page of similar size (bench/floor-app), 64 connections;
 * - POST /api/verify with distinct credentials vs Digital Bazaar's reference verifier
 *   (@digitalbazaar/vc + eddsa-rdfc-2022-cryptosuite) in one process on the same bodies;
 * - /api/health p99 while POST /api/verify is loaded;
 * - POST /api/verify/bulk with 1,000 distinct stored ids.
 * The app runs as `npm start` does (embedded database, RATE_LIMITS=off); both apps are built first
 * when needed.
 *
 *   npm run -s bench:verify                 # 10 s per scenario
 *   BENCH_SECONDS=30 npm run -s bench:verify
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import * as dbVc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { percentile, runLoad, send, type LoadResult } from "./support/http-load";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;
const VERIFY_CONNECTIONS = Number(process.env.BENCH_VERIFY_CONNECTIONS ?? 8);
const APP_PORT = 3391;
const FLOOR_PORT = 3392;
const APP = `http://localhost:${APP_PORT}`;
const FLOOR = `http://localhost:${FLOOR_PORT}`;
const DISTINCT_CREDENTIALS = Number(process.env.BENCH_CREDENTIALS ?? 300);
const BULK_IDS = 1000;
const root = process.cwd();
const bin = (name: string) => join(root, "node_modules", ".bin", name);

async function waitForHealth(origin: string, path: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${origin}${path}`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${origin} did not start`);
}

function build(dir: string, label: string) {
  if (existsSync(join(dir, ".next", "BUILD_ID"))) return;
  console.log(`building ${label}…`);
  const result = spawnSync(bin("next"), ["build", dir], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${label} did not build`);
}

const line = (label: string, r: LoadResult) =>
  `${label.padEnd(44)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(7)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms   errors ${r.errors}   statuses ${JSON.stringify(r.statuses)}`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "borderless-bench-verify-"));
  const { generateKeyPair, serializeKeyPair } = await import("@/domain/credentials");
  const key = generateKeyPair({ keyId: "bench-key" });
  // Set before any server module reads its environment: the bench and the app share keys and origin.
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    PUBLIC_URL: APP,
    NEXTAUTH_URL: APP,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    ISSUER_KEYS: JSON.stringify({ active: key.keyId, keys: [JSON.parse(serializeKeyPair(key))] }),
    RATE_LIMITS: "off",
    SEED_DEMO_DATA: "true",
  });

  // 1. The embedded database, seeded as npm start seeds it, plus 1,000 stored certificates for bulk.
  const { openMigratedDatabase } = await import("@/server/database/connect");
  const { useDatabase } = await import("@/server/db");
  const { seedDemoData } = await import("@/server/seed/seed-demo-data");
  const { seedDemoCredentials } = await import("@/server/seed/seed-demo-credentials");
  const { signCredential, createEd25519Signer } = await import("@/domain/credentials");
  const { issuerDid } = await import("@/server/issuer");
  const db = await openMigratedDatabase({ kind: "pglite-file", dataDir });
  useDatabase(db);
  await seedDemoData(db.prisma);
  await seedDemoCredentials(db.prisma);
  await db.sql.query(`
    INSERT INTO "Credential" ("id", "publicId", "userId", "trackId", "contentVersion", "issuedAt", "validUntil", "statusIndex", "document", "generation", "credentialId", "proofChecks", "proofKeyring", "proofCheckedAt")
    SELECT 'bench' || g, 'bench-' || lpad(g::text, 6, '0'), "userId", "trackId", "contentVersion", "issuedAt", "validUntil", 70000 + g, "document", 1000 + g, 'urn:uuid:bench-' || g, "proofChecks", "proofKeyring", "proofCheckedAt"
    FROM "Credential", generate_series(1, ${BULK_IDS}) g WHERE "publicId" = 'demo-valid-2026'
    ON CONFLICT DO NOTHING`);
  const demo = await db.prisma.credential.findUniqueOrThrow({ where: { publicId: "demo-valid-2026" } });
  // Distinct signed credentials (new id and holder name each), so no cache can help the verifier.
  const { proof: _proof, ...unsigned } = demo.document as Record<string, unknown> & { credentialSubject: Record<string, unknown> };
  const signer = createEd25519Signer({ did: issuerDid(), keyPair: key });
  const bodies: string[] = [];
  for (let i = 0; i < DISTINCT_CREDENTIALS; i++) {
    const subject = { ...unsigned.credentialSubject, name: `Bench holder ${i} 测试` };
    bodies.push(JSON.stringify(await signCredential({ ...unsigned, id: `urn:uuid:${randomUUID()}`, credentialSubject: subject } as never, { signer, now: new Date() })));
  }
  await db.close();

  // 2. Both apps, built and started the same way.
  build(root, "the app");
  build(join(root, "bench", "floor-app"), "the floor app");
  const credentialBytes = JSON.stringify(demo.document, null, 2);
  const children: ChildProcess[] = [];
  try {
    children.push(spawn(bin("next"), ["start", "-p", String(APP_PORT)], { env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] }));
    await waitForHealth(APP, "/api/health");
    const verifyHtml = await fetch(`${APP}/en/verify/demo-valid-2026`).then((r) => r.text());
    children.push(
      spawn(bin("next"), ["start", join(root, "bench", "floor-app"), "-p", String(FLOOR_PORT)], {
        env: { ...process.env, NODE_ENV: "production", FLOOR_BYTES: credentialBytes, FLOOR_PAGE_BYTES: String(verifyHtml.length) },
        stdio: ["ignore", "ignore", "inherit"],
      }),
    );
    await waitForHealth(FLOOR, "/api/bytes");
    const floorHtml = await fetch(`${FLOOR}/page`).then((r) => r.text());
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${CONNECTIONS} connections, ${SECONDS} s per scenario`);
    console.log(`verify page ${verifyHtml.length} bytes of HTML, floor page ${floorHtml.length}; credential ${credentialBytes.length} bytes`);
    const measure = async (origin: string, next: Parameters<typeof runLoad>[1], connections = CONNECTIONS) => {
      await runLoad(origin, next, { connections, seconds: Math.min(3, SECONDS) }); // warm-up
      return runLoad(origin, next, { connections, seconds: SECONDS });
    };

    const floorBytes = await measure(FLOOR, () => ({ path: "/api/bytes" }));
    const appBytes = await measure(APP, () => ({ path: "/api/credentials/demo-valid-2026" }));
    const floorPage = await measure(FLOOR, () => ({ path: "/page" }));
    const appPage = await measure(APP, () => ({ path: "/en/verify/demo-valid-2026" }));
    console.log(line("floor: GET /api/bytes (minimal Next route)", floorBytes));
    console.log(line("GET /api/credentials/demo-valid-2026", appBytes));
    console.log(line("floor: GET /page (minimal Next page)", floorPage));
    console.log(line("GET /en/verify/demo-valid-2026", appPage));

    // 3. POST /api/verify with distinct bodies, /api/health sampled meanwhile.
    const health: number[] = [];
    let loading = true;
    const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sampler = (async () => {
      while (loading) {
        const t0 = performance.now();
        await send(healthAgent, APP, { path: "/api/health" }).catch(() => undefined);
        health.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // As many clients as the pool holds (workers + queue): more only collect 503s, which is the
    // overload behaviour, not verification throughput. Only answered verifications (200) count.
    const verifyLoad = await measure(APP, (i) => ({ method: "POST", path: "/api/verify", body: bodies[i % bodies.length]!, headers: { "content-type": "application/json" } }), VERIFY_CONNECTIONS);
    const verifiedPerSecond = (verifyLoad.statuses[200] ?? 0) / SECONDS;
    loading = false;
    await sampler;
    healthAgent.destroy();
    const check = JSON.parse((await send(new http.Agent(), APP, { method: "POST", path: "/api/verify", body: bodies[0]!, headers: { "content-type": "application/json" } })).body) as { status: string };
    if (check.status !== "valid") throw new Error(`the app did not find a bench credential valid: ${JSON.stringify(check)}`);
    console.log(line(`POST /api/verify (distinct, ${VERIFY_CONNECTIONS} connections)`, verifyLoad));
    console.log(`${"  of which verified (200)".padEnd(44)} ${verifiedPerSecond.toFixed(0).padStart(6)} verifications/s`);
    console.log(`GET /api/health during that load: p50 ${percentile(health, 50).toFixed(1)} ms, p99 ${percentile(health, 99).toFixed(1)} ms (${health.length} samples)`);

    // 4. The reference verifier, one process, the same bodies, the same status list and DID document.
    const statusList = await fetch(`${APP}/api/status-lists/1`).then((r) => r.json());
    const didDocument = await fetch(`${APP}/.well-known/did.json`).then((r) => r.json());
    const { BUNDLED_CONTEXTS, MULTIKEY_V1_CONTEXT_URL, decodeStatusList, getStatus } = await import("@/domain/credentials");
    const documents = new Map<string, unknown>(BUNDLED_CONTEXTS);
    documents.set(didDocument.id, didDocument);
    for (const method of didDocument.verificationMethod) documents.set(method.id, { "@context": MULTIKEY_V1_CONTEXT_URL, ...method });
    documents.set(statusList.id, statusList);
    const documentLoader = async (url: string) => {
      const document = documents.get(url);
      if (document === undefined) throw new Error(`reference loader refused ${url}`);
      return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
    };
    const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
    const checkStatus = async ({ credential }: { credential: Record<string, unknown> }) => {
      const entry = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
      const { document: list } = await documentLoader(entry.statusListCredential);
      const listResult = await dbVc.verifyCredential({ credential: list as object, suite: suite(), documentLoader });
      if (!listResult.verified) return { verified: false, error: listResult.error };
      return { verified: !getStatus(decodeStatusList((list as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList), Number(entry.statusListIndex)) };
    };
    let referenceCount = 0;
    const referenceStarted = performance.now();
    while (performance.now() - referenceStarted < SECONDS * 1000) {
      const result = await dbVc.verifyCredential({ credential: JSON.parse(bodies[referenceCount % bodies.length]!), suite: suite(), documentLoader, checkStatus });
      if (!result.verified) throw new Error(`the reference verifier rejected a bench credential: ${JSON.stringify(result.error)}`);
      referenceCount++;
    }
    const referencePerSecond = referenceCount / ((performance.now() - referenceStarted) / 1000);
    console.log(`${"reference: @digitalbazaar/vc, one process".padEnd(44)} ${referencePerSecond.toFixed(1).padStart(6)} verifications/s`);

    // 5. Bulk: 1,000 distinct stored ids in one request.
    const ids = ["id", ...Array.from({ length: BULK_IDS }, (_, i) => `bench-${String(i + 1).padStart(6, "0")}`)].join("\n");
    const bulkTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      const response = await send(new http.Agent(), APP, { method: "POST", path: "/api/verify/bulk", body: ids, headers: { "content-type": "text/csv" } }, 120_000);
      bulkTimes.push(performance.now() - t0);
      const valid = response.body.split("\r\n").filter((row) => row.split(",")[1] === "valid").length;
      if (response.status !== 200 || valid !== BULK_IDS) throw new Error(`bulk answered ${response.status} with ${valid} valid rows`);
    }
    console.log(`POST /api/verify/bulk, ${BULK_IDS} distinct stored ids: ${bulkTimes.map((t) => `${t.toFixed(0)} ms`).join(", ")}`);

    console.log("\nratios (goal):");
    console.log(`  credential bytes throughput vs floor route: ${(appBytes.perSecond / floorBytes.perSecond).toFixed(2)} (≥ 0.50); p99 ratio ${(appBytes.p99 / floorBytes.p99).toFixed(2)} (≤ 2)`);
    console.log(`  verify page throughput vs floor page:       ${(appPage.perSecond / floorPage.perSecond).toFixed(2)} (≥ 0.50); p99 ratio ${(appPage.p99 / floorPage.p99).toFixed(2)} (≤ 2)`);
    console.log(`  POST /api/verify vs reference verifier:      ${(verifiedPerSecond / referencePerSecond).toFixed(2)} (≥ 3)`);
    console.log(`  /api/health p99 under verify load:           ${percentile(health, 99).toFixed(0)} ms (< 250)`);
    console.log(`  bulk, 1,000 ids:                             ${Math.max(...bulkTimes).toFixed(0)} ms (< 5000)`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
