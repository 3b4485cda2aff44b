// Refuses cross-site state-changing requests (CSRF) with a 403 before any route or server action
// runs. Cheap by design: headers only, no database, no session.
import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite } from "./server/cross-site-requests";
import { env } from "./server/env";

const MESSAGE = "Cross-site request refused: state-changing requests must come from this site's own pages.";

export function proxy(request: NextRequest) {
  const facts = {
    method: request.method,
    pathname: request.nextUrl.pathname,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    host: request.headers.get("host"),
    forwardedHost: request.headers.get("x-forwarded-host"),
    publicUrl: env().PUBLIC_URL,
  };
  if (!isCrossSiteWrite(facts)) return NextResponse.next();
  const wantsJson = facts.pathname.startsWith("/api/") || (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson) return NextResponse.json({ error: { code: "FORBIDDEN", message: MESSAGE } }, { status: 403 });
  // A form posted without JavaScript (or a server action) gets a short page.
  return new NextResponse(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>403 Forbidden</title><h1>403 Forbidden</h1><p>${MESSAGE}</p><p lang="zh">已拒绝跨站请求：更改数据的请求必须来自本站页面。</p></html>`,
    { status: 403, headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

// Only requests a browser marks as possibly cross-site reach the proxy: those with an Origin
// (every cross-origin request, and same-origin POSTs) or, without one, Sec-Fetch-Site: cross-site.
// Static files are never state-changing. (Next reads the matcher at build time: literals only.)
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "origin" }] },
    { source: "/((?!_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "sec-fetch-site", value: "cross-site" }] },
  ],
};
