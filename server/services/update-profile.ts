import "server-only";
import { z } from "zod";
import { LOCALES } from "@/domain/content/locale";
import { cleanText } from "@/domain/text/clean-text";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";

const ProfileSchema = z.object({
  name: cleanText(z.string({ error: "errors.enterYourName" }).trim().min(1, "errors.enterYourName").max(100, "errors.nameTooLong")),
  locale: z.enum(LOCALES, { error: "errors.unknownLanguage" }),
});

/** Changes the signed-in user's own display name and preferred language (site and emails). */
export async function updateProfile(actor: Actor, raw: unknown): Promise<{ name: string; locale: string }> {
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: parsed.data, select: { name: true, locale: true } });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "account.profile.update", subject: `user:${actor.id}` } });
    return user;
  });
}
