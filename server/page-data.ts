import "server-only";
import { notFound } from "next/navigation";
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
