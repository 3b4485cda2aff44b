import type { AnyEngine, Engine, Params } from "../engine";
import { euImportVatLowValue } from "./eu-import-vat-low-value";
import { COMPLIANCE_ENGINES } from "./compliance";
import { GROWTH_ENGINES } from "./growth";

/** Every engine a simulation may name in its `engine` field. */
export const ENGINES: Record<string, AnyEngine> = {
  [euImportVatLowValue.id]: euImportVatLowValue,
  ...COMPLIANCE_ENGINES,
  ...GROWTH_ENGINES,
};

export function engineFor(id: string): Engine<Params> {
  const engine = ENGINES[id];
  if (!engine) throw new Error(`Unknown engine "${id}"`);
  return engine as Engine<Params>;
}
