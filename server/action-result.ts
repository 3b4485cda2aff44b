import "server-only";
import { isLocale, type Locale } from "@/domain/content/locale";
import { translate } from "@/lib/i18n/translate";
import { AppError } from "./errors";

/** The message of an unexpected failure of a server action. */
export const UNEXPECTED_ACTION_ERROR = translate("en", "errors.unexpected");

/** What a server action returns to its form: success, or a message and field errors. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action body, turning AppErrors into form messages and anything unexpected into a
 * generic message (logged with its stack on the server, never shown).
 */
export async function runAction<T>(body: () => Promise<T>, lang?: unknown): Promise<ActionResult<T>> {
  // Messages are rendered here, in the page's language, so forms ship no translation tables.
  const locale: Locale = typeof lang === "string" && isLocale(lang) ? lang : "en";
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) {
      const fieldErrors = error.localizedFieldErrors(locale);
      return { ok: false, message: error.localizedMessage(locale), ...(fieldErrors ? { fieldErrors } : {}) };
    }
    // Next's redirect()/notFound() work by throwing; let them through.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
    console.error("Server action failed", error);
    // Only that it failed is known here (the service's transaction rolled back or never began), so
    // the message claims nothing about what was saved.
    return { ok: false, message: translate(locale, "errors.unexpected") };
  }
}
