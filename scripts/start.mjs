#!/usr/bin/env node
// npm start: build when the sources changed since the last build, then serve the app on PORT
// (default 3000). The database is opened, migrated and seeded by the server on start.
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

// The embedded database has one owner: refuse clearly rather than fail on the first request.
const ownerFile = join(dataDir, "owner.pid");
if (!process.env.DATABASE_URL && existsSync(ownerFile)) {
  const owner = Number(readFileSync(ownerFile, "utf8").trim());
  let alive = false;
  try {
    process.kill(owner, 0);
    alive = true;
  } catch (error) {
    alive = error.code === "EPERM";
  }
  if (alive) {
    console.error(`The embedded database in ${dataDir} is in use by another Borderless process (pid ${owner}). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`);
    process.exit(1);
  }
}

// A session secret is required in production mode; generate one per installation if none is configured.
mkdirSync(dataDir, { recursive: true });
if (!process.env.NEXTAUTH_SECRET) {
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
