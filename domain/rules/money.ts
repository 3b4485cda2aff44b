/**
 * Money arithmetic for answer keys. Amounts are plain numbers in major units (e.g. euros);
 * keys are rounded once, at the end, to the currency's minor unit.
 */
import type { Rule } from "./rule";

export const ROUNDING_HALF_UP_TO_CENT: Rule<{ decimals: number; mode: "half-away-from-zero" }> = {
  id: "borderless.rounding.half-up-to-cent",
  version: 1,
  summary: "Tax amounts are rounded once, to the cent, halves away from zero (commercial rounding)",
  value: { decimals: 2, mode: "half-away-from-zero" },
  from: "2000-01-01",
  sources: [
    {
      title: "Borderless grading convention; EU law leaves rounding to Member States (Council Directive 2006/112/EC has no rounding rule)",
    },
  ],
};

/**
 * Rounds to `decimals` places, halves away from zero. A small relative nudge corrects values like
 * 1.005 that binary floating point stores as 1.00499999….
 */
export function roundHalfUp(amount: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(amount) * factor;
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 8);
  return (Math.sign(amount) * rounded) / factor || 0;
}
