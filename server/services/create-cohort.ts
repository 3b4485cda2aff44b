import "server-only";
import { randomBytes } from "node:crypto";
import { CohortSchema } from "@/domain/organizations/organization-schemas";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireOrgAccess } from "../organizations/org-access";
import { fieldErrorsOf } from "../validation";

/** 10 characters of Crockford base32 (50 bits): unguessable, easy to read out or type. */
export function newInviteCode(): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  return [...randomBytes(10)].map((byte) => alphabet[byte % 32]).join("");
}

/** An org admin creates a cohort on some tracks, with optional deadlines per module of those tracks. */
export async function createCohort(actor: Actor, organizationId: string, raw: unknown): Promise<{ id: string }> {
  await requireOrgAccess(actor, organizationId, ["ORG_ADMIN"]);
  const parsed = CohortSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { name, trackIds, startsOn, endsOn, deadlines } = parsed.data;
  const catalog = loadCatalog();
  const tracks = [...new Set(trackIds)].map((id) => catalog.track(id));
  if (tracks.some((t) => !t)) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { trackIds: ["errors.chooseTracksFromList"] });
  const modules = new Set(tracks.flatMap((t) => t!.moduleList.map((m) => `${t!.id}/${m.id}`)));
  const deadlineRows = Object.entries(deadlines).flatMap(([key, dueAt]) => {
    if (dueAt === "" || !modules.has(key)) return [];
    const [trackId, moduleId] = key.split("/") as [string, string];
    return [{ trackId, moduleId, dueAt }];
  });
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.create({
      data: { organizationId, name, trackIds: tracks.map((t) => t!.id), startsOn, endsOn, inviteCode: newInviteCode(), deadlines: { create: deadlineRows } },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "cohort.create", subject: `cohort:${cohort.id}`, detail: { organizationId, name, trackIds, deadlines: deadlineRows.length } },
    });
    return cohort;
  });
}
