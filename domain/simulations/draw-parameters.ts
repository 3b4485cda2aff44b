import type { ParameterSpec, Simulation } from "./simulation-schema";
import { createRandom } from "./seeded-random";
import type { Params } from "./engine";

function drawOne(spec: ParameterSpec, random: () => number): string | number | boolean {
  switch (spec.kind) {
    case "choice":
    case "date":
      return spec.values[Math.floor(random() * spec.values.length)]!;
    case "number": {
      const steps = Math.floor((spec.max - spec.min) / spec.step + 1e-9);
      const value = spec.min + Math.floor(random() * (steps + 1)) * spec.step;
      // Remove binary noise from step multiplication (0.1 * 3 = 0.30000000000000004).
      const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)));
      return Number(value.toFixed(decimals));
    }
  }
}

/**
 * Draws a variant's parameters from `seed`. Parameters are drawn in the order the author wrote
 * them, so adding a parameter at the end keeps earlier variants unchanged.
 */
export function drawParameters(simulation: Pick<Simulation, "parameters">, seed: number): Params {
  const random = createRandom(seed);
  const params: Params = {};
  for (const [name, spec] of Object.entries(simulation.parameters)) params[name] = drawOne(spec, random);
  return params;
}
