#!/usr/bin/env node
// npm start: build when the sources changed since the last build, then serve the app on PORT
// (default 3000). The server itself opens, migrates and seeds the database and runs the production
// checks before serving (instrumentation.ts); the embedded database refuses a second owner there.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const dataDir = process.env.DATA_DIR ?? join(root, ".data");
const bin = (name) => join(root, "node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Newest modification time under the given paths (skipping generated and installed folders). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!["node_modules", "generated", ".next", ".data"].includes(entry)) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(join(root, p)));
  return newest;
}

const sources = ["app", "components", "content", "domain", "lib", "server", "prisma", "types", "next.config.ts", "package.json", "package-lock.json"];
const buildId = join(root, ".next", "BUILD_ID");
if (!existsSync(buildId) || newestMtime(sources) > statSync(buildId).mtimeMs || process.env.BORDERLESS_REBUILD === "1") {
  console.log("Building Borderless (first start or sources changed)…");
  run(bin("prisma"), ["generate"]);
  run(bin("next"), ["build"]);
}
// The worker threads' bundle (verification, certificate PDFs) lives in .next/ too, which
// `next build` empties: rebuild it when missing or older than the app's build.
const workerBundle = join(root, ".next", "workers", "credential-worker.mjs");
if (!existsSync(workerBundle) || statSync(workerBundle).mtimeMs < statSync(buildId).mtimeMs) {
  run(process.execPath, [join(root, "scripts", "build-workers.mjs")]);
}

// next-auth needs a session secret under `next start`. The embedded database (one process, one
// machine) gets one generated per installation; with DATABASE_URL every instance must share one,
// so it has to be configured (the server's production checks say so) unless that is overridden.
if (!process.env.NEXTAUTH_SECRET && (!process.env.DATABASE_URL || process.env.ALLOW_INSECURE_PRODUCTION === "true")) {
  mkdirSync(dataDir, { recursive: true });
  const secretFile = join(dataDir, "auth-secret");
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.NEXTAUTH_URL ??= process.env.PUBLIC_URL ?? `http://localhost:${port}`;

const server = spawn(bin("next"), ["start", "-p", port], { stdio: ["inherit", "pipe", "inherit"], env: process.env });
let warmed = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  // Open, migrate and seed the database now rather than on the first visitor's request.
  if (!warmed && /Ready|started server|Local:/.test(String(chunk))) {
    warmed = true;
    setTimeout(async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        const body = await response.json();
        if (response.ok) console.log(`Database ready (${body.database.driver}, ${body.database.migrations} migrations). Open http://localhost:${port}`);
        else console.error(`Database problem: ${body.database?.message ?? response.status}`);
      } catch (error) {
        console.error(`Health check failed: ${error.message}`);
      }
    }, 200);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
