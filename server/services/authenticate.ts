import "server-only";
import { SignInSchema } from "@/domain/accounts/account-schemas";
import type { Role } from "../generated/prisma/enums";
import { prisma } from "../db";
import { AppError } from "../errors";
import { rateLimits } from "../rate-limits/rate-limits";
import { verifyPassword } from "./password-hashing";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; locale: string; sessionVersion: number };

// A real hash to compare against when the email is unknown, so timing does not reveal accounts.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Checks an email and password from a client address (server/rate-limits/client-ip.ts). Every
 * limit is spent *before* the password is checked, in one atomic database statement each, so
 * parallel guesses cannot all slip under a limit:
 * - per address (RATE_LIMIT_SIGN_IN): failed sign-ins whatever the email;
 * - per email+address: after SIGN_IN_MAX_FAILURES failures in SIGN_IN_WINDOW_MINUTES that pair is
 *   locked, whatever the password; a success unlocks it;
 * - per email from all addresses (RATE_LIMIT_SIGN_IN_ACCOUNT): past it, the email is slowed to
 *   RATE_LIMIT_SIGN_IN_ACCOUNT_SLOW checks, not locked. Someone typing another person's email
 *   locks out only their own address; to slow the owner down they must keep guessing from many
 *   addresses, and the owner still gets in after a short wait.
 * Successful sign-ins give their points back, so the budgets count failures. Each password checked
 * is recorded in SignInAttempt (audit).
 */
export async function authenticate(raw: unknown, client: { ip: string } = { ip: "unknown" }): Promise<AuthenticatedUser> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.enterEmailAndPassword");
  const { email, password } = parsed.data;
  const limits = await rateLimits();
  const pair = `${email}|${client.ip}`;

  await limits.consume("signIn", client.ip);
  await limits.consume("signInLockout", pair);
  try {
    await limits.consume("signInAccount", email);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "RATE_LIMITED")) throw error;
    // The account's budget is spent: let a few checks through per window instead of locking it.
    await limits.consume("signInAccountSlow", email);
  }

  const db = await prisma();
  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && matches);
  await db.signInAttempt.create({ data: { email, succeeded, ip: client.ip } });
  if (!user || !succeeded) throw new AppError("UNAUTHENTICATED", "errors.wrongCredentials");

  await Promise.all([limits.reset("signInLockout", pair), limits.reward("signIn", client.ip), limits.reward("signInAccount", email)]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, sessionVersion: user.sessionVersion };
}
