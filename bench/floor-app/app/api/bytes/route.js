export const dynamic = "force-dynamic";

// Held in memory: the floor serves the same bytes as GET /api/credentials/<id>.
const bytes = process.env.FLOOR_BYTES ?? "";

export function GET() {
  return new Response(bytes, { headers: { "content-type": "application/vc+ld+json; charset=utf-8" } });
}
