/** A same-site path to return to after sign-in; anything else (other hosts, `//x`) falls back. */
export function safeReturnPath(candidate: string | string[] | undefined, fallback: string): string {
  const value = Array.isArray(candidate) ? candidate[0] : candidate;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
