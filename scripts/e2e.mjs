#!/usr/bin/env node
// npm run test:e2e: the browser tests, in Debian's Chromium when present, else Playwright's own
// browser if installed; otherwise a one-line message saying how to get one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

function playwrightBrowser() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache).filter((d) => d.startsWith("chromium")).sort().reverse()) {
    for (const candidate of ["chrome-linux/chrome", "chrome-linux64/chrome", "chrome-headless-shell-linux64/chrome-headless-shell"]) {
      if (existsSync(join(cache, dir, candidate))) return join(cache, dir, candidate);
    }
  }
  return undefined;
}

/**
 * On a fresh Debian machine where we are root (CI, these dev machines), installs Debian's Chromium
 * rather than failing: the README promises that `npm test` works as written. Elsewhere (no root,
 * no apt) it changes nothing and the caller prints the one-line instruction.
 */
function installDebianChromium() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log("Chromium is missing: installing Debian's package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const quiet = { stdio: ["ignore", "ignore", "inherit"], env };
  let installed = spawnSync("apt-get", ["install", "-y", "chromium"], quiet).status === 0;
  if (!installed) {
    // A new machine's package lists may be empty or old.
    spawnSync("apt-get", ["update"], quiet);
    installed = spawnSync("apt-get", ["install", "-y", "chromium"], quiet).status === 0;
  }
  return installed && existsSync("/usr/bin/chromium");
}

const browser =
  process.env.CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : (playwrightBrowser() ?? (installDebianChromium() ? "/usr/bin/chromium" : undefined)));
if (!browser) {
  console.error("No Chromium found: install Debian's (sudo apt-get install -y chromium) or Playwright's (npx playwright install chromium).");
  process.exit(1);
}
const result = spawnSync(join("node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  // Tests import the content loader, whose modules are marked server-only (react-server condition).
  env: { ...process.env, CHROMIUM_PATH: browser, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() },
});
process.exit(result.status ?? 1);
