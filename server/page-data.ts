import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "./errors";

/**
 * Loads a page's data through a service; NOT_FOUND and FORBIDDEN become the 404 page, so a page
 * never tells an outsider whether another organization's id exists.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

/**
 * A page's route params (besides `lang`, see routeLocale) parsed by shape; a malformed value (a NUL,
 * an over-long or oddly shaped id) is the 404 page, never a database error.
 */
export async function routeParams<T extends z.ZodRawShape>(params: Promise<Record<string, string>>, shape: T): Promise<z.output<z.ZodObject<T>>> {
  const parsed = z.object(shape).safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}
