import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { env } from "../env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** An address as a bucket key: a valid IPv4/IPv6 literal (an IPv4-mapped IPv6 one unwrapped), else null. */
function normalizedIp(raw: string | undefined): string | null {
  const candidate = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return candidate && isIP(candidate) ? candidate.toLowerCase() : null;
}

/**
 * The client address used as the key of per-client rate limits. Route handlers and server actions
 * cannot see the socket, so it comes from a header, and only this is trusted:
 * - TRUST_PROXY=true: X-Forwarded-For, the entry TRUST_PROXY_HOPS places from the right (with one
 *   proxy of ours, the address that proxy saw). Entries further left were sent by the client and
 *   are ignored, so a client cannot choose its own key.
 * - otherwise: X-Real-IP as given (nginx's `proxy_set_header X-Real-IP $remote_addr` overwrites it;
 *   with nothing in front of the app a client can set it, so per-address limits then only slow
 *   down honest clients). X-Forwarded-For is ignored, because Next.js keeps a client-sent one.
 * Anything that is not an IP address counts as "unknown", one bucket shared by all such clients.
 */
export function clientIp(headers: HeaderSource, settings: { TRUST_PROXY: "true" | "false"; TRUST_PROXY_HOPS: number } = env()): string {
  if (settings.TRUST_PROXY === "true") {
    const hops = (header(headers, "x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    return normalizedIp(hops[hops.length - settings.TRUST_PROXY_HOPS]) ?? "unknown";
  }
  return normalizedIp(header(headers, "x-real-ip")) ?? "unknown";
}

/**
 * The client address of the request being served (server actions). Outside a request (a script,
 * or a test calling an action directly) there is no client: "unknown".
 */
export async function currentClientIp(): Promise<string> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return "unknown";
  }
  return clientIp(requestHeaders);
}
