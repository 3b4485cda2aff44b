import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "./generated/prisma/enums";
import { authOptions } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";

export type Actor = { id: string; email: string; name: string; role: Role; locale: string };

export type AccessPolicy = {
  /** Roles allowed; omitted = any signed-in user. */
  roles?: readonly Role[];
};

/**
 * The signed-in user, freshly read from the database, or null. Memoized per request: the layout
 * (header) and the page both ask, and a page render should decode the session and query once.
 * Outside a render (server actions, route handlers) `cache` does not memoize, so each call reads.
 * A session begun before the account's password last changed is no session (sessionVersion; a
 * session from before versions existed counts as version 0).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== (session.user.sessionVersion ?? 0)) return null;
  const { sessionVersion: _version, ...actor } = user;
  return actor;
});

/**
 * The one authorization check used by every page, server action and route handler.
 * Throws AppError UNAUTHENTICATED or FORBIDDEN; callers map those (see authorizePage).
 */
export async function authorize(policy: AccessPolicy = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.signInToContinue");
  if (policy.roles && !policy.roles.includes(actor.role)) throw new AppError("FORBIDDEN", "errors.noAccessToPage");
  return actor;
}

/** `authorize` for pages: redirects to sign-in (then back), and hides forbidden pages as 404. */
export async function authorizePage(lang: string, returnTo: string, policy: AccessPolicy = {}): Promise<Actor> {
  try {
    return await authorize(policy);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect(`/${lang}/sign-in?next=${encodeURIComponent(returnTo)}`);
    if (error instanceof AppError && error.code === "FORBIDDEN") notFound();
    throw error;
  }
}
