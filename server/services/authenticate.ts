import "server-only";
import { SignInSchema } from "@/domain/accounts/account-schemas";
import type { Role } from "../generated/prisma/enums";
import { prisma } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { verifyPassword } from "./password-hashing";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; locale: string };

// A real hash to compare against when the email is unknown, so timing does not reveal accounts.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Checks an email and password. Failed attempts are recorded; after SIGN_IN_MAX_FAILURES failures
 * for one email within SIGN_IN_WINDOW_MINUTES, further attempts are refused until the window passes,
 * whatever the password (so guessing cannot continue).
 */
export async function authenticate(raw: unknown, now = new Date()): Promise<AuthenticatedUser> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Enter your email and password.");
  const { email, password } = parsed.data;
  const db = await prisma();
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MINUTES } = env();
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);

  const recentFailures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recentFailures.length >= SIGN_IN_MAX_FAILURES) {
    const unlockAt = recentFailures[recentFailures.length - SIGN_IN_MAX_FAILURES]!.createdAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
    const minutes = Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000));
    throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  await db.signInAttempt.create({ data: { email, succeeded: Boolean(user && matches), createdAt: now } });
  if (!user || !matches) throw new AppError("UNAUTHENTICATED", "Email or password is incorrect.");
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
