import "server-only";

/** What the cross-site check reads of a request: headers a cross-site page cannot forge. */
export type RequestFacts = {
  method: string;
  pathname: string;
  /** The `Origin` header, if any (`null` is a value browsers send for opaque origins). */
  origin: string | null;
  /** `Sec-Fetch-Site`, sent by current browsers even when `Origin` is not. */
  secFetchSite: string | null;
  /** `Host`, and `X-Forwarded-Host` from a reverse proxy (a cross-site form or fetch cannot set either). */
  host: string | null;
  forwardedHost: string | null;
  /** PUBLIC_URL, the deployment's public origin. */
  publicUrl: string | undefined;
};

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Endpoints meant to be called from anywhere:
 * - POST /api/verify and /api/verify/bulk are public CORS APIs for employers' tools; they read no
 *   cookie or session and change nothing, so a cross-site request can do there only what anyone
 *   can do directly.
 * - next-auth's sign-in and callback endpoints check next-auth's own double-submit CSRF token
 *   (the credentials callback refuses a POST without it), and OAuth providers that answer with
 *   `response_mode=form_post` POST to the callback from their own origin.
 */
const CROSS_SITE_ALLOWED = [/^\/api\/verify(\/bulk)?\/?$/, /^\/api\/auth\/(signin|callback)\//];

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * True when a browser sent a state-changing request (POST, PUT, PATCH, DELETE) to this app from
 * another site: its `Origin` names neither PUBLIC_URL nor the host the request was sent to, or,
 * without `Origin`, `Sec-Fetch-Site` says cross-site. Such a request rides on the visitor's
 * cookies, so it is refused. A request without either header (curl, a server) carries no
 * visitor's cookies and passes; authorization is still checked by every route and action.
 */
export function isCrossSiteWrite(request: RequestFacts): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return false;
  if (CROSS_SITE_ALLOWED.some((pattern) => pattern.test(request.pathname))) return false;
  if (request.origin === null) return request.secFetchSite === "cross-site";
  const origin = request.origin.trim();
  if (request.publicUrl && hostOf(request.publicUrl) !== null && origin === new URL(request.publicUrl).origin) return false;
  const originHost = hostOf(origin); // null for "null" and anything malformed: refused
  if (originHost === null) return true;
  const ownHosts = [request.host, request.forwardedHost?.split(",")[0]?.trim()].filter((h): h is string => Boolean(h));
  return !ownHosts.some((host) => host.toLowerCase() === originHost);
}
