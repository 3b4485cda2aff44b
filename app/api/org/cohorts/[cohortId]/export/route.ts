// GET /api/org/cohorts/[cohortId]/export?part=learners|misconceptions|timeline&lang=en|zh – the cohort dashboard as CSV
// (the organization's admins and instructors, platform admins; anyone else gets 404, signed out 401).
import { z } from "zod";
import { authorize } from "@/server/authorize";
import { routeHandler } from "@/server/route-handler";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";
import { IdSchema, LangSchema, lineText, parseInput } from "@/server/validation";

const ExportQuerySchema = z.object({ part: lineText(40).default("learners"), lang: LangSchema.catch("en") });

export const dynamic = "force-dynamic";

export const GET = routeHandler<{ params: Promise<{ cohortId: string }> }>(async (request, { params }) => {
  const cohortId = parseInput(IdSchema, (await params).cohortId, { code: "NOT_FOUND", message: "errors.noSuchCohort" });
  const query = new URL(request.url).searchParams;
  const { part, lang } = parseInput(ExportQuerySchema, { part: query.get("part") ?? undefined, lang: query.get("lang") ?? undefined });
  const actor = await authorize();
  const { filename, csv } = await exportCohortCsv(actor, cohortId, part, lang);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
