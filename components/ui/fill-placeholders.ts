/**
 * Fills `{name}` placeholders a page left in a translated label for values only the client knows
 * (counts after a form answer). The page renders the rest of the message in its catalogue.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
