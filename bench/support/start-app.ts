/** Starts the built app (as `npm start` does) on a port with a fresh data directory, for benchmarks. */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function startApp(port: number, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "borderless-bench-"));
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: origin, NEXTAUTH_URL: origin, DATABASE_URL: "", RATE_LIMITS: "off", NODE_OPTIONS: "", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; ; i++) {
    if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 480) throw new Error(`the app did not start on ${origin}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    async stop() {
      // start.mjs runs next start as its child: stop the whole group.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
