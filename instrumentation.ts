// Runs once when a Next.js server process starts, before it serves any request.
export async function register(): Promise<void> {
  // Not at build time (static generation loads this file in worker processes), not on the edge runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./server/start-server");
  await startServer();
}
