import "server-only";
import { translate } from "@/lib/i18n/translate";
import { requestLocale } from "@/lib/request-locale";
import { AppError } from "./errors";
import { runWithRequestSignal } from "./request-signal";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function jsonError(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status, ...(headers ? { headers } : {}) });
}

/**
 * Wraps a route handler so that every failure is a JSON error with the right status: AppErrors
 * keep their code and their message, in the reader's language (see requestLocale), plus
 * Retry-After when they say when to retry (UNAVAILABLE, RATE_LIMITED); anything else is logged and
 * answered with a generic 500. The request's abort signal is available to services through
 * currentRequestSignal().
 */
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await runWithRequestSignal(request.signal, () => handler(request, context));
    } catch (error) {
      if (error instanceof AppError) {
        const retryAfter = error.retryAfterSeconds;
        const locale = requestLocale(request);
        return jsonError(error.status, error.code, error.localizedMessage(locale), error.localizedFieldErrors(locale), retryAfter !== undefined ? { "retry-after": String(Math.ceil(retryAfter)) } : undefined);
      }
      // The client went away while its task waited for a worker: nobody reads this answer.
      if (request.signal.aborted) return jsonError(499, "ABORTED", translate(requestLocale(request), "errors.requestCancelled"));
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError(500, "INTERNAL", translate(requestLocale(request), "errors.unexpectedTryAgain"));
    }
  };
}
