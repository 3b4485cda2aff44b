import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
// A fresh embedded database for every run, so tests never see yesterday's rows.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "borderless-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // Every browser test reaches the server from one address ("unknown": no trusted proxy), so the
    // per-client request limits would be one budget for the whole suite; tests/integration/rate-limits.test.ts
    // covers them. The sign-in lockout stays on (RATE_LIMITS=off does not touch it).
    env: { PORT: String(port), DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}`, PUBLIC_URL: `http://localhost:${port}`, DATABASE_URL: "", NODE_OPTIONS: "", RATE_LIMITS: "off" },
  },
});
