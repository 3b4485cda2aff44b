import "server-only";
import type { Locale } from "@/domain/content/locale";
import { parseRoster } from "@/domain/cohorts/roster";
import type { Actor } from "../authorize";
import { issueSetupTokens, UNCLAIMED_PASSWORD_HASH } from "../accounts/password-setup";
import { prisma } from "../db";
import { AppError, messageFromData, renderErrorMessage } from "../errors";
import { notifyMany } from "../notifications/notify";
import { requireCohortAccess } from "../organizations/org-access";

export type RosterImportReport = {
  enrolled: number;
  alreadyEnrolled: number;
  /** Rows naming an account this organization did not create: invited, enrolled only if they accept. */
  invited: number;
  /** Rows whose person was invited to this cohort before (pending or answered): nothing is sent again. */
  alreadyInvited: number;
  /** Accounts made for people without one; each gets a one-time set-password link (shown once). */
  accountsCreated: { row: number; email: string; name: string; setupToken: string }[];
  /** Rows not imported, each reason in `locale`. */
  problems: { row: number; email: string; reason: string }[];
};

/**
 * Imports a CSV roster (email, name, optional student id) into a cohort. Bad rows are reported
 * with their row number and reason; all good rows are written in ONE transaction (accounts,
 * enrollments, invitations, set-password tokens, notifications, audit), so a failure leaves nothing
 * half-written. Importing the same file again enrolls or invites nobody twice and creates no second account.
 *
 * - An email without an account: the account is made without a password, owned by the cohort's
 *   organization (User.createdByOrganizationId), enrolled, and the admin gets its one-time link.
 * - An unclaimed account this organization made earlier: enrolled (it is still the organization's).
 * - Any other account (its owner set a password, or another organization made it): never enrolled
 *   and never given a link. The person gets an invitation to accept or decline; until they accept,
 *   the organization sees only the email it typed and "invited".
 */
export async function importRoster(actor: Actor, cohortId: string, csv: string, now = new Date(), locale: Locale = "en"): Promise<RosterImportReport> {
  const { organizationId } = await requireCohortAccess(actor, cohortId, ["ORG_ADMIN"]);
  const roster = parseRoster(csv);
  if (roster.fileError) {
    const message = messageFromData(roster.fileError.key, roster.fileError.params);
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  const db = await prisma();
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true, organization: { select: { name: true } } } });
  const emails = roster.rows.map((r) => r.email);
  const cohortFacts = { cohortId, cohortName: cohort.name, organizationName: cohort.organization.name };

  return db.$transaction(
    async (tx) => {
      const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
      const known = new Set(existing.map((u) => u.email));
      const missing = roster.rows.filter((r) => !known.has(r.email));
      await tx.user.createMany({
        data: missing.map((r) => ({ email: r.email, name: r.name, passwordHash: UNCLAIMED_PASSWORD_HASH, createdByOrganizationId: organizationId })),
        skipDuplicates: true,
      });
      const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, passwordHash: true, createdByOrganizationId: true } });
      const idOf = new Map(users.map((u) => [u.email, u.id]));
      // Accounts this organization may enroll without asking: unclaimed and made by it.
      const ours = new Set(users.filter((u) => u.passwordHash === UNCLAIMED_PASSWORD_HASH && u.createdByOrganizationId === organizationId).map((u) => u.email));
      // Only accounts this import made get a link (a person may have signed up with one of the emails meanwhile).
      const created = missing.filter((r) => ours.has(r.email));
      const tokens = await issueSetupTokens(tx, created.map((r) => idOf.get(r.email)!), now);
      const accountsCreated = created.map((r) => ({ row: r.row, email: r.email, name: r.name, setupToken: tokens.get(idOf.get(r.email)!)! }));

      const before = await tx.enrollment.findMany({ where: { cohortId, userId: { in: [...idOf.values()] } }, select: { userId: true } });
      const enrolledBefore = new Set(before.map((e) => e.userId));
      const pending = roster.rows.filter((r) => !enrolledBefore.has(idOf.get(r.email)!));
      const fresh = pending.filter((r) => ours.has(r.email));
      await tx.enrollment.createMany({
        data: fresh.map((r) => ({ cohortId, userId: idOf.get(r.email)!, studentId: r.studentId, source: "CSV" as const, enrolledAt: now })),
        skipDuplicates: true,
      });
      await notifyMany(fresh.map((r) => ({ userId: idOf.get(r.email)!, data: cohortFacts, href: "/cohorts", dedupeKey: `enrolled:${cohortId}` })), "ENROLLED", tx);

      const toInvite = pending.filter((r) => !ours.has(r.email));
      const invitedBefore = new Set(
        (await tx.cohortInvitation.findMany({ where: { cohortId, email: { in: toInvite.map((r) => r.email) } }, select: { email: true } })).map((i) => i.email),
      );
      const invitations = toInvite.filter((r) => !invitedBefore.has(r.email));
      await tx.cohortInvitation.createMany({
        data: invitations.map((r) => ({ cohortId, email: r.email, userId: idOf.get(r.email)!, studentId: r.studentId, invitedById: actor.id, createdAt: now })),
        skipDuplicates: true,
      });
      await notifyMany(invitations.map((r) => ({ userId: idOf.get(r.email)!, data: cohortFacts, href: "/cohorts", dedupeKey: `invited:${cohortId}` })), "INVITED", tx);

      const report = {
        enrolled: fresh.length,
        alreadyEnrolled: roster.rows.length - pending.length,
        invited: invitations.length,
        alreadyInvited: toInvite.length - invitations.length,
      };
      await tx.auditEvent.create({
        data: { actorId: actor.id, action: "cohort.roster.import", subject: `cohort:${cohortId}`, detail: { ...report, accountsCreated: accountsCreated.length, problems: roster.problems.length } },
      });
      const problems = roster.problems.map(({ row, email, reasons }) => ({ row, email, reason: reasons.map((r) => renderErrorMessage(messageFromData(r.key, r.params), locale)).join("; ") }));
      return { ...report, accountsCreated, problems };
    },
    { timeout: 60_000 },
  );
}
