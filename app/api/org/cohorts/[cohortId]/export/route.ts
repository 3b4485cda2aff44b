// GET /api/org/cohorts/[cohortId]/export?part=learners|misconceptions|timeline&lang=en|zh – the cohort dashboard as CSV
// (the organization's admins and instructors, platform admins; anyone else gets 404, signed out 401).
import { isLocale } from "@/domain/content/locale";
import { authorize } from "@/server/authorize";
import { routeHandler } from "@/server/route-handler";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ cohortId: string }> }>(async (request, { params }) => {
  const actor = await authorize();
  const { cohortId } = await params;
  const query = new URL(request.url).searchParams;
  const lang = query.get("lang") ?? "en";
  const { filename, csv } = await exportCohortCsv(actor, cohortId, query.get("part") ?? "learners", isLocale(lang) ? lang : "en");
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
