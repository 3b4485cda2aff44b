import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Reads every file under `root` into a map keyed by its path relative to `root`, with forward slashes. */
export function readContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.startsWith(".")) files.set(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(root);
  return files;
}
