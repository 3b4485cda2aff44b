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

/** A simulation that belongs to a module of the given track, with its module; undefined otherwise. */
export function findTrackSimulation(trackId: string, simulationId: string) {
  const catalog = loadCatalog();
  const track = catalog.track(trackId);
  const module = track?.moduleList.find((m) => m.simulations.includes(simulationId));
  const simulation = catalog.simulation(simulationId);
  if (!track || !module || !simulation) return undefined;
  return { track, module, simulation };
}
