#!/usr/bin/env node
// Bundles the worker-thread entries (server/workers/*-entry.ts) into plain JavaScript for
// `next start`: Next bundles the server itself, so at run time there are no TypeScript sources or
// `@/` paths for a worker to load. Our code is bundled; npm packages stay external and load from
// node_modules (as the server's own serverExternalPackages do). Run after `next build`, which
// empties .next/. Usage: node scripts/build-workers.mjs [--out <dir>] (default .next/workers).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = process.cwd();
const outFlag = process.argv.indexOf("--out");
const outdir = outFlag === -1 ? join(root, ".next", "workers") : process.argv[outFlag + 1];
const entries = readdirSync(join(root, "server", "workers")).filter((name) => name.endsWith("-entry.ts"));

// `import "server-only"` guards server modules from client bundles; in a worker it must be a no-op.
const serverOnlyIsEmpty = {
  name: "server-only-is-empty",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    esbuild.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

await build({
  entryPoints: Object.fromEntries(entries.map((name) => [name.replace(/-entry\.ts$/, ""), join(root, "server", "workers", name)])),
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  tsconfig: join(root, "tsconfig.json"),
  plugins: [serverOnlyIsEmpty],
  logLevel: "warning",
});
console.log(`Built ${entries.length} worker bundle(s) in ${outdir}`);
