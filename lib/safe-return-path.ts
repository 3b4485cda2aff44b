import { isCleanText } from "@/domain/text/clean-text";

const PARSE_ORIGIN = "https://borderless.invalid";

/**
 * A same-origin path to return to after sign-in; anything else falls back. The candidate is parsed
 * against a fixed origin, as a browser would resolve it, and kept only if it stays on that origin
 * and its normalized form cannot be read as another host (`//x`, `/\x`, `/%09/x`, `/.//x`).
 * Returns the normalized path, query and fragment, never the raw input.
 */
export function safeReturnPath(candidate: string | string[] | undefined, fallback: string): string {
  const value = Array.isArray(candidate) ? candidate[0] : candidate;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Browsers drop tabs and line breaks from URLs (`/\t/evil` becomes `//evil`): one-line text only.
  if (!isCleanText(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  // An encoded tab or backslash is harmless to us but may be decoded by a later hop (a proxy, next-auth).
  if (!isCleanText(decoded) || decoded.includes("\\") || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PARSE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PARSE_ORIGIN || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
