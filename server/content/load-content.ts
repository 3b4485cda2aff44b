import "server-only";
import { join } from "node:path";
import { buildCatalog, type Catalog } from "@/domain/content/catalog";
import { readContentFiles } from "./read-content-files";

export const CONTENT_ROOT = join(process.cwd(), "content");

let cached: Catalog | undefined;

/** The validated catalog, read once per process (content ships with the build). */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readContentFiles(CONTENT_ROOT));
  return cached;
}
