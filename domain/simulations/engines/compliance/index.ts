/** Engines of the compliance-architect track, keyed by id (spread into ENGINES). */
import type { Engine } from "../../engine";
import { euOssDistanceSalesThreshold } from "./eu-oss-distance-sales-threshold";

export const COMPLIANCE_ENGINES: Record<string, Engine<any>> = Object.fromEntries(
  [euOssDistanceSalesThreshold].map((engine) => [engine.id, engine as Engine<any>]),
);
