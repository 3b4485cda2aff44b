import "server-only";
import { parseRoster, type RosterProblem } from "@/domain/cohorts/roster";
import type { Actor } from "../authorize";
import { issueSetupTokens, UNCLAIMED_PASSWORD_HASH } from "../accounts/password-setup";
import { prisma } from "../db";
import { AppError } from "../errors";
import { notifyMany } from "../notifications/notify";
import { requireCohortAccess } from "../organizations/org-access";

export type RosterImportReport = {
  enrolled: number;
  alreadyEnrolled: number;
  /** Accounts made for people without one; each gets a one-time set-password link (shown once). */
  accountsCreated: { row: number; email: string; name: string; setupToken: string }[];
  problems: RosterProblem[];
};

/**
 * Enrolls a CSV roster (email, name, optional student id) into a cohort. Bad rows are reported
 * with their row number and reason; all good rows are written in ONE transaction (accounts,
 * enrollments, set-password tokens, notifications, audit), so a failure leaves nothing half-written.
 * Importing the same file again enrolls nobody twice and creates no second account.
 *
 * Accounts are created without a password (they cannot sign in) and are claimed through a
 * one-time link the admin passes on; people who already have an account are simply enrolled.
 */
export async function importRoster(actor: Actor, cohortId: string, csv: string, now = new Date()): Promise<RosterImportReport> {
  await requireCohortAccess(actor, cohortId, ["ORG_ADMIN"]);
  const roster = parseRoster(csv);
  if (roster.fileError) throw new AppError("VALIDATION", roster.fileError, { file: [roster.fileError] });
  const db = await prisma();
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true, organization: { select: { name: true } } } });
  const emails = roster.rows.map((r) => r.email);

  return db.$transaction(
    async (tx) => {
      const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
      const known = new Set(existing.map((u) => u.email));
      const missing = roster.rows.filter((r) => !known.has(r.email));
      await tx.user.createMany({ data: missing.map((r) => ({ email: r.email, name: r.name, passwordHash: UNCLAIMED_PASSWORD_HASH })), skipDuplicates: true });
      const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, passwordHash: true } });
      const idOf = new Map(users.map((u) => [u.email, u.id]));
      // Only accounts this import made (a person may have signed up with one of the emails meanwhile).
      const unclaimed = new Set(users.filter((u) => u.passwordHash === UNCLAIMED_PASSWORD_HASH).map((u) => u.email));
      const created = missing.filter((r) => unclaimed.has(r.email));
      const tokens = await issueSetupTokens(tx, created.map((r) => idOf.get(r.email)!), now);
      const accountsCreated = created.map((r) => ({ row: r.row, email: r.email, name: r.name, setupToken: tokens.get(idOf.get(r.email)!)! }));

      const before = await tx.enrollment.findMany({ where: { cohortId, userId: { in: [...idOf.values()] } }, select: { userId: true } });
      const enrolledBefore = new Set(before.map((e) => e.userId));
      const fresh = roster.rows.filter((r) => !enrolledBefore.has(idOf.get(r.email)!));
      await tx.enrollment.createMany({
        data: fresh.map((r) => ({ cohortId, userId: idOf.get(r.email)!, studentId: r.studentId, source: "CSV" as const, enrolledAt: now })),
        skipDuplicates: true,
      });
      await notifyMany(
        fresh.map((r) => ({
          userId: idOf.get(r.email)!,
          data: { cohortId, cohortName: cohort.name, organizationName: cohort.organization.name },
          href: "/cohorts",
          dedupeKey: `enrolled:${cohortId}`,
        })),
        "ENROLLED",
        tx,
      );
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          action: "cohort.roster.import",
          subject: `cohort:${cohortId}`,
          detail: { enrolled: fresh.length, alreadyEnrolled: roster.rows.length - fresh.length, accountsCreated: accountsCreated.length, problems: roster.problems.length },
        },
      });
      return { enrolled: fresh.length, alreadyEnrolled: roster.rows.length - fresh.length, accountsCreated, problems: roster.problems };
    },
    { timeout: 60_000 },
  );
}
