import "server-only";
import { SignUpSchema } from "@/domain/accounts/account-schemas";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { hashPassword } from "./password-hashing";
import { fieldErrorsOf } from "../validation";
import { sendVerificationEmail } from "./verify-email";

export type NewAccount = { id: string; email: string; name: string };

/**
 * Creates a learner account and emails it a verification link (certificates need a verified
 * address). Duplicate emails and weak passwords come back as field errors.
 */
export async function createAccount(raw: unknown, locale: string): Promise<NewAccount> {
  const parsed = SignUpSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const db = await prisma();
  try {
    const passwordHash = await hashPassword(password);
    // The account and its verification email commit together (the outbox runner sends it).
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, locale: locale === "zh" ? "zh" : "en" },
        select: { id: true, email: true, name: true, locale: true },
      });
      await sendVerificationEmail(tx, user);
      return { id: user.id, email: user.email, name: user.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "errors.emailTaken", { email: ["errors.emailTakenSignIn"] });
    }
    throw error;
  }
}
