// A worker for testing WorkerPool's failure handling (crash, timeout) without test hooks in the
// real credential worker. Speaks the same protocol as server/workers/credential-worker-entry.ts.
import { parentPort } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "@/server/workers/worker-pool";

parentPort!.on("message", ({ id, kind, payload }: WorkerRequest) => {
  if (kind === "echo") return parentPort!.postMessage({ id, ok: true, value: payload } satisfies WorkerReply);
  if (kind === "spin") {
    // Busy, as CPU-bound work is: the worker cannot answer anything until it ends.
    const until = Date.now() + Number(payload);
    while (Date.now() < until);
    return parentPort!.postMessage({ id, ok: true, value: "spun" } satisfies WorkerReply);
  }
  if (kind === "throw-uncaught") {
    setImmediate(() => {
      throw new Error("boom outside any task");
    });
    return;
  }
  if (kind === "exit") process.exit(3);
});
