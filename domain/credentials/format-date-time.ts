/**
 * An XML Schema dateTime in UTC with second precision (`2025-03-01T12:00:00Z`),
 * the form VC 2.0 examples use. Milliseconds are dropped (rounded down).
 */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
