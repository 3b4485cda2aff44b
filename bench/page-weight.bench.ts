/**
 * JavaScript a modern browser downloads per page (gzipped bytes on the wire, `noModule` polyfills
 * not counted), measured in Chromium against a running app, signed out and as the demo learner.
 *
 *   npm run -s bench:page-weight                       # starts the app on port 3398 (fresh data dir)
 *   BENCH_URL=http://localhost:3000 npm run -s bench:page-weight   # an app already running
 *
 * Budget: ≤ 140 kB on every page without an editor (issue 14). Exits 1 when a page is over.
 */
import { measurePageWeights, PAGE_WEIGHT_BUDGET_KB } from "../tests/e2e/page-weight";
import { startApp } from "./support/start-app";

async function main() {
  const app = process.env.BENCH_URL ? { origin: process.env.BENCH_URL, stop: async () => undefined } : await startApp(3398);
  try {
    const weights = await measurePageWeights(app.origin);
    let over = false;
    for (const { label, path, kilobytes, scripts } of weights) {
      const mark = kilobytes > PAGE_WEIGHT_BUDGET_KB ? "  OVER BUDGET" : "";
      over ||= Boolean(mark);
      console.log(`${label.padEnd(22)} ${kilobytes.toFixed(1).padStart(6)} kB in ${String(scripts).padStart(2)} scripts  ${path}${mark}`);
    }
    console.log(`budget ${PAGE_WEIGHT_BUDGET_KB} kB per page (gzip, modern browsers)`);
    if (over) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
