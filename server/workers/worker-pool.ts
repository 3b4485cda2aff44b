import "server-only";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Where a worker's code comes from: a plain JavaScript bundle (production: built by
 * scripts/build-workers.mjs, since the server itself is bundled by Next and has no TypeScript
 * sources at run time), or a TypeScript source loaded through tsx (tests and `next dev`).
 */
export type WorkerEntry = { kind: "bundle"; file: string } | { kind: "source"; file: string };

export type WorkerPoolOptions = {
  entry: WorkerEntry;
  /** Worker threads to run tasks on. */
  size: number;
  /** Tasks allowed to wait for a free worker; beyond it callers are refused at once. */
  queueLimit: number;
  /** A task still running after this long has its worker stopped and replaced. */
  taskTimeoutMs: number;
  /** Sent as Retry-After when the queue is full. */
  retryAfterSeconds?: number;
};

/** The message a worker receives and the one it answers with (see credential-worker-entry.ts). */
export type WorkerRequest = { id: number; kind: string; payload: unknown };
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

/**
 * Every worker is busy and the queue is full: refused at once (callers answer 503 with
 * Retry-After). Recognize pool errors by `name` (isWorkerPoolError), not instanceof: Next may load
 * this module more than once per process, and the pool is shared between those copies.
 */
export class WorkerPoolFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is busy with other verifications. Please try again in ${retryAfterSeconds} seconds. 服务器繁忙，请 ${retryAfterSeconds} 秒后重试。`);
    this.name = "WorkerPoolFullError";
  }
}

type PoolErrorName = "WorkerPoolFullError" | "WorkerCrashedError" | "WorkerTimeoutError";
export function isWorkerPoolError<N extends PoolErrorName>(error: unknown, name: N): error is Error & { name: N; retryAfterSeconds?: number } {
  return error instanceof Error && error.name === name;
}

/** The worker running the task exited or threw outside the task (it is replaced; the task is not retried). */
export class WorkerCrashedError extends Error {
  constructor(kind: string, detail: string) {
    super(`The worker running "${kind}" stopped unexpectedly (${detail}); the task was not completed.`);
    this.name = "WorkerCrashedError";
  }
}

/** The task ran longer than the pool's timeout; its worker was stopped and replaced. */
export class WorkerTimeoutError extends Error {
  constructor(kind: string, timeoutMs: number) {
    super(`"${kind}" did not finish within ${timeoutMs} ms and was stopped.`);
    this.name = "WorkerTimeoutError";
  }
}

type Task = {
  id: number;
  kind: string;
  payload: unknown;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
};

type Slot = { worker: Worker; task: Task | undefined; timer: NodeJS.Timeout | undefined };

export type WorkerPoolStats = { workers: number; busy: number; queued: number; dispatched: number; replaced: number };

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted", "AbortError");
}

/**
 * A fixed number of worker threads fed from one bounded FIFO queue, so CPU-heavy tasks never run
 * on the server's event loop. Full queue → WorkerPoolFullError at once;
 * an aborted task leaves the queue before it runs; a crashed or timed-out worker fails its task
 * with a clear error and is replaced by a fresh one when the next task needs it.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private dispatched = 0;
  private replaced = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error(`Worker pool size must be a positive integer, got ${options.size}`);
    if (!Number.isInteger(options.queueLimit) || options.queueLimit < 0) throw new Error(`Worker queue limit must be a non-negative integer, got ${options.queueLimit}`);
    if (!existsSync(options.entry.file)) {
      throw new Error(
        options.entry.kind === "bundle"
          ? `The worker bundle ${options.entry.file} is missing: run \`npm run build\` (or \`node scripts/build-workers.mjs\`) before \`next start\`.`
          : `The worker source ${options.entry.file} is missing.`,
      );
    }
  }

  /** Runs one task on a worker; `transfer` lists buffers moved (not copied) to the worker. */
  run<T>(kind: string, payload: unknown, { signal, transfer = [] }: { signal?: AbortSignal | undefined; transfer?: ArrayBuffer[] } = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error("The worker pool is closed"));
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    try {
      this.assertCapacity();
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<T>((resolve, reject) => {
      const task: Task = { id: this.nextId++, kind, payload, transfer, resolve: resolve as (value: unknown) => void, reject, signal, onAbort: undefined };
      if (signal) {
        // Only a waiting task is dropped; one already running finishes and its result is discarded.
        task.onAbort = () => {
          const index = this.queue.indexOf(task);
          if (index === -1) return;
          this.queue.splice(index, 1);
          reject(abortReason(signal));
        };
        signal.addEventListener("abort", task.onAbort, { once: true });
      }
      this.queue.push(task);
      this.pump();
    });
  }

  /**
   * Throws WorkerPoolFullError when a task submitted now would be refused, so callers can refuse
   * before doing their own preparation (e.g. a database read). run() checks again.
   */
  assertCapacity(): void {
    const idle = this.slots.some((slot) => !slot.task);
    const canSpawn = this.slots.length < this.options.size;
    if (idle || canSpawn || this.queue.length < this.options.queueLimit) return;
    throw new WorkerPoolFullError(this.options.retryAfterSeconds ?? 2);
  }

  stats(): WorkerPoolStats {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.task).length, queued: this.queue.length, dispatched: this.dispatched, replaced: this.replaced };
  }

  /** Stops every worker; waiting and running tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, () => task.reject(new Error("The worker pool was closed")));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      if (slot.task) this.settle(slot.task, () => slot.task?.reject(new Error("The worker pool was closed")));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.task) ?? (this.slots.length < this.options.size ? this.spawn() : undefined);
      if (!slot) return;
      const task = this.queue.shift()!;
      this.dispatch(slot, task);
    }
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    this.dispatched++;
    slot.timer = setTimeout(() => {
      this.retire(slot);
      slot.task = undefined;
      this.settle(task, () => task.reject(new WorkerTimeoutError(task.kind, this.options.taskTimeoutMs)));
      void slot.worker.terminate();
      this.pump();
    }, this.options.taskTimeoutMs);
    const request: WorkerRequest = { id: task.id, kind: task.kind, payload: task.payload };
    slot.worker.postMessage(request, task.transfer);
  }

  private spawn(): Slot {
    const { entry } = this.options;
    const worker =
      entry.kind === "bundle"
        ? new Worker(entry.file)
        : // tsx compiles the TypeScript entry (and resolves the `@/` paths); `react-server` makes
          // `import "server-only"` a no-op, as it is inside Next's server bundle.
          new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(pathToFileURL(entry.file).href)}, ${JSON.stringify(pathToFileURL(`${process.cwd()}/`).href)}))`, {
            eval: true,
            execArgv: ["--conditions=react-server"],
          });
    // Idle workers must not keep the process (a test run, a stopping server) alive.
    worker.unref();
    const slot: Slot = { worker, task: undefined, timer: undefined };
    worker.on("message", (reply: WorkerReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      clearTimeout(slot.timer);
      slot.task = undefined;
      this.settle(task, () => (reply.ok ? task.resolve(reply.value) : task.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }))));
      this.pump();
    });
    const crashed = (detail: string) => {
      if (!this.retire(slot)) return;
      clearTimeout(slot.timer);
      const task = slot.task;
      if (task) this.settle(task, () => task.reject(new WorkerCrashedError(task.kind, detail)));
      if (!this.closed) this.pump();
    };
    worker.on("error", (error) => {
      crashed(error.message);
      void worker.terminate();
    });
    worker.on("exit", (code) => crashed(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** Removes a worker from the pool (it is not reused); false when it was already removed. */
  private retire(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index === -1) return false;
    this.slots.splice(index, 1);
    if (!this.closed) this.replaced++;
    return true;
  }

  private settle(task: Task, finish: () => void): void {
    if (task.signal && task.onAbort) task.signal.removeEventListener("abort", task.onAbort);
    finish();
  }
}
