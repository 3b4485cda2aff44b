import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "../services/password-hashing";
import { seedDemoCohortActivity } from "./seed-demo-cohort-activity";

/** Demo accounts for development, listed in the README. Never enable SEED_DEMO_DATA in production. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "learner@borderless.test", name: "Lin Wei", role: "LEARNER", password: "learner-demo-2026" },
  { email: "instructor@borderless.test", name: "Dr. Anna Keller", role: "INSTRUCTOR", password: "instructor-demo-2026" },
  { email: "orgadmin@borderless.test", name: "Sam Ortiz", role: "ORG_ADMIN", password: "orgadmin-demo-2026" },
  { email: "admin@borderless.test", name: "Platform Admin", role: "PLATFORM_ADMIN", password: "admin-demo-2026" },
];

/** Idempotent: creates what is missing, never overwrites what a person changed. */
export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  for (const user of DEMO_USERS) {
    const existing = await prisma.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await prisma.user.create({
      data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password), emailVerifiedAt: new Date() },
    });
  }
  await seedDemoOrganization(prisma);
  const cohort = await prisma.cohort.findUnique({ where: { inviteCode: DEMO_INVITE_CODE }, select: { id: true } });
  if (cohort) await seedDemoCohortActivity(prisma, cohort.id);
}

export const DEMO_ORGANIZATION = "Shenzhen Polytechnic — Cross-border E-commerce";
export const DEMO_INVITE_CODE = "SZPOLY2026";

/**
 * One university with the demo org admin and instructor as staff, and one cohort on the
 * Compliance Architect track with the demo learner enrolled: one module deadline already passed
 * (so the dashboard shows someone behind) and one due in two days (so the learner gets a
 * reminder). Created once; an existing organization of that name is left as it is.
 */
async function seedDemoOrganization(prisma: PrismaClient, now = new Date()): Promise<void> {
  if (await prisma.organization.findFirst({ where: { name: DEMO_ORGANIZATION }, select: { id: true } })) return;
  const byEmail = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const day = 86_400_000;
  const midnight = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`).getTime();
  // Read outside the transaction: PGlite has one connection, and a query on `prisma` inside
  // `$transaction` would wait for the transaction that waits for it.
  const [orgAdminId, instructorId, learnerId] = [await byEmail("orgadmin@borderless.test"), await byEmail("instructor@borderless.test"), await byEmail("learner@borderless.test")];
  await prisma.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: {
        name: DEMO_ORGANIZATION,
        kind: "UNIVERSITY",
        memberships: {
          create: [
            { userId: orgAdminId, role: "ORG_ADMIN" },
            { userId: instructorId, role: "INSTRUCTOR" },
          ],
        },
      },
      select: { id: true },
    });
    const cohort = await tx.cohort.create({
      data: {
        organizationId: organization.id,
        name: "Autumn 2026 — Compliance Architect",
        trackIds: ["compliance-architect"],
        startsOn: new Date(midnight - 21 * day),
        endsOn: new Date(midnight + 90 * day),
        inviteCode: DEMO_INVITE_CODE,
        deadlines: {
          create: [
            { trackId: "compliance-architect", moduleId: "eu-vat-ecommerce", dueAt: new Date(midnight - 7 * day + day - 1) },
            { trackId: "compliance-architect", moduleId: "low-value-imports", dueAt: new Date(midnight + 2 * day + day - 1) },
            { trackId: "compliance-architect", moduleId: "us-sales-tax", dueAt: new Date(midnight + 30 * day + day - 1) },
          ],
        },
        enrollments: { create: [{ userId: learnerId, source: "INVITE", studentId: "SZP-2026-001" }] },
      },
      select: { id: true, name: true },
    });
    await tx.notification.create({
      data: { userId: learnerId, kind: "ENROLLED", data: { cohortId: cohort.id, cohortName: cohort.name, organizationName: DEMO_ORGANIZATION }, href: "/cohorts", dedupeKey: `enrolled:${cohort.id}` },
    });
  });
}
