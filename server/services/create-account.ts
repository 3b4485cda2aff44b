import "server-only";
import { SignUpSchema } from "@/domain/accounts/account-schemas";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { hashPassword } from "./password-hashing";
import { fieldErrorsOf } from "../validation";

export type NewAccount = { id: string; email: string; name: string };

/** Creates a learner account. Duplicate emails and weak passwords come back as field errors. */
export async function createAccount(raw: unknown, locale: string): Promise<NewAccount> {
  const parsed = SignUpSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const db = await prisma();
  try {
    return await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password), locale: locale === "zh" ? "zh" : "en" },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "errors.emailTaken", { email: ["errors.emailTakenSignIn"] });
    }
    throw error;
  }
}
