import "server-only";
import { errorText } from "@/lib/error-text";
import { requestLocale } from "@/lib/request-locale";
import { AppError } from "./errors";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function jsonError(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

/**
 * Wraps a route handler so that every failure is a JSON error with the right status: AppErrors
 * keep their code and their message, in the reader's language (see requestLocale), plus
 * Retry-After when they say when to retry; anything else is logged and answered with a generic 500.
 */
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof AppError) {
        const response = jsonError(error.status, error.code, errorText(error.message, requestLocale(request)), error.fieldErrors);
        if (error.retryAfterSeconds !== undefined) response.headers.set("retry-after", String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
        return response;
      }
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError(500, "INTERNAL", "Something went wrong on our side. Please try again.");
    }
  };
}
