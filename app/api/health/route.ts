// GET /api/health – liveness and the database's state (public).
import { database } from "@/server/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  try {
    const db = await database();
    const [migrations] = await db.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_borderless_migrations"`);
    return Response.json({
      status: "ok",
      database: { status: "up", driver: db.driver, migrations: migrations?.count ?? 0, latencyMs: Math.round(performance.now() - started) },
    });
  } catch (error) {
    console.error("Health check: database unavailable", error);
    return Response.json({ status: "degraded", database: { status: "down", message: (error as Error).message } }, { status: 503 });
  }
}
