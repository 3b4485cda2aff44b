import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "../services/password-hashing";

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
      data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
    });
  }
}
