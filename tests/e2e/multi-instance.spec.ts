// Two app instances on one PostgreSQL database (as behind a load balancer): a revocation made
// through one is reported by the other within seconds, although the other had the certificate
// and its status list in its caches.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { generateKeyPair, serializeKeyPair } from "@/domain/credentials";

const SERVER = process.env.E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORTS = [Number(process.env.E2E_PORT ?? 3210) + 221, Number(process.env.E2E_PORT ?? 3210) + 222] as const;
const [A, B] = PORTS.map((port) => `http://localhost:${port}`) as [string, string];
const CERTIFICATE = "demo-valid-2026";

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function healthy(origin: string) {
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${origin} did not become healthy`);
}

test.describe.configure({ mode: "serial" });

test("a revocation through one instance is reported by the other", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const available = await reachable(SERVER);
  // CI always has PostgreSQL; a developer machine without one skips, saying why.
  test.skip(!available && !process.env.CI, `PostgreSQL is not reachable at ${SERVER}`);
  expect(available, `PostgreSQL must be reachable at ${SERVER}`).toBe(true);

  const name = `borderless_e2e_${randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(SERVER);
  databaseUrl.pathname = `/${name}`;
  const key = generateKeyPair({ keyId: "key-1" });
  // One deployment: same database, secret, keys and public origin on both instances.
  const shared = {
    ...process.env,
    DATABASE_URL: databaseUrl.toString(),
    SEED_DEMO_DATA: "true",
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    ISSUER_KEYS: JSON.stringify({ active: key.keyId, keys: [JSON.parse(serializeKeyPair(key))] }),
    PUBLIC_URL: A,
    NEXTAUTH_URL: A,
    ALLOW_INSECURE_PRODUCTION: "true",
    RATE_LIMITS: "off",
    NODE_OPTIONS: "",
  };
  const instances: ChildProcess[] = [];
  const start = (port: number) =>
    spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
      env: { ...shared, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), "borderless-instance-")) },
      stdio: ["ignore", "ignore", "inherit"],
    });
  try {
    instances.push(start(PORTS[0]));
    await healthy(A); // the first instance migrates and seeds; the second finds it done
    instances.push(start(PORTS[1]));
    await healthy(B);

    const document = await fetch(`${A}/api/credentials/${CERTIFICATE}`).then((r) => r.text());
    const verifyOnB = async () => (await fetch(`${B}/api/verify`, { method: "POST", body: document, headers: { "content-type": "application/json" } })).json();
    // B reads the certificate and the status list first, so that its caches are warm.
    expect(await verifyOnB()).toMatchObject({ status: "valid" });
    await page.goto(`${B}/en/verify/${CERTIFICATE}`);
    await expect(page.getByTestId("credential-status")).toHaveText("Valid");

    // The platform admin revokes it through A.
    await page.goto(`${A}/en/sign-in`);
    await page.getByLabel("Email").fill("admin@borderless.test");
    await page.getByLabel("Password").fill("admin-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    await page.goto(`${A}/en/admin/credentials?q=${CERTIFICATE}`);
    await page.getByPlaceholder("Reason (shown to verifiers)").fill("Revoked on instance A for the multi-instance test");
    await page.getByRole("button", { name: "Revoke" }).click();
    await expect(page.getByTestId("admin-credentials").getByText("Revoked", { exact: true })).toBeVisible();

    // B reports it within seconds: through the signed status list and on its verify page.
    await expect.poll(async () => (await verifyOnB()).reason, { timeout: 10_000 }).toBe("revoked");
    await page.goto(`${B}/en/verify/${CERTIFICATE}`);
    await expect(page.getByTestId("credential-status")).toHaveText("Revoked");
    await expect(page.getByTestId("standing-reason")).toContainText("Revoked on instance A");

    // The database goes away under B: every verifier path says "could not be checked" to a
    // verifier (who has no account).
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    const verifier = await (await browser.newContext()).newPage();
    await verifier.goto(`${B}/en/verify/${CERTIFICATE}`);
    await expect(verifier.getByTestId("credential-status")).toHaveText("Could not be checked");
    await expect(verifier.getByTestId("standing-reason")).toContainText("the issuer's records are unreachable");
    expect(await verifyOnB()).toMatchObject({ status: "unverifiable" });
    const bulk = await fetch(`${B}/api/verify/bulk`, { method: "POST", body: CERTIFICATE, headers: { "content-type": "text/csv" } });
    expect(bulk.status).toBe(503);
    expect((await bulk.json()).error.message).toMatch(/could not be checked right now/);
  } finally {
    // Stopped before the database is dropped, so they do not log a lost connection.
    await Promise.all(instances.map((instance) => new Promise((resolve) => {
      instance.once("exit", resolve);
      instance.kill("SIGTERM");
      setTimeout(resolve, 5000);
    })));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
});
