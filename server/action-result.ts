import "server-only";
import { AppError } from "./errors";

/** What a server action returns to its form: success, or a message and field errors. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action body, turning AppErrors into form messages and anything unexpected into a
 * generic message (logged with its stack on the server, never shown).
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    // Next's redirect()/notFound() work by throwing; let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
    console.error("Server action failed", error);
    return { ok: false, message: "Something went wrong on our side. Your work is saved; please try again." };
  }
}
