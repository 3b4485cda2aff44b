/**
 * A small closed-loop HTTP load generator: `connections` keep-alive clients each send a request,
 * wait for the answer and send the next, for `seconds`. Latencies are per request, in ms.
 */
import http from "node:http";

export type LoadResult = { requests: number; perSecond: number; p50: number; p99: number; errors: number; statuses: Record<number, number> };

export type LoadRequest = { method?: "GET" | "POST"; path: string; body?: string; headers?: Record<string, string> };

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function send(agent: http.Agent, origin: string, request: LoadRequest, timeoutMs = 30_000): Promise<{ status: number; body: string }> {
  const url = new URL(request.path, origin);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { method: request.method ?? "GET", agent, headers: { ...(request.body ? { "content-length": Buffer.byteLength(request.body) } : {}), ...request.headers }, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

/** Runs the load; `next(i)` gives the i-th request (so bodies can differ per request). */
export async function runLoad(origin: string, next: (i: number) => LoadRequest, { connections, seconds }: { connections: number; seconds: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  async function client() {
    while (performance.now() < until) {
      const request = next(issued++);
      const t0 = performance.now();
      try {
        const { status } = await send(agent, origin, request);
        statuses[status] = (statuses[status] ?? 0) + 1;
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, statuses };
}
