import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, type RequestFacts } from "@/server/cross-site-requests";

const sameOrigin: RequestFacts = {
  method: "POST",
  pathname: "/en/tracks/compliance-architect",
  origin: "https://borderless.example",
  secFetchSite: "same-origin",
  host: "borderless.example",
  forwardedHost: null,
  publicUrl: "https://borderless.example",
};

describe("cross-site write check", () => {
  it("lets same-origin writes through, by PUBLIC_URL or by the host the request was sent to", () => {
    expect(isCrossSiteWrite(sameOrigin)).toBe(false);
    expect(isCrossSiteWrite({ ...sameOrigin, publicUrl: undefined })).toBe(false);
    // Behind a reverse proxy: the app sees an internal Host, the proxy passes the public one.
    expect(isCrossSiteWrite({ ...sameOrigin, host: "127.0.0.1:3000", forwardedHost: "borderless.example", publicUrl: undefined })).toBe(false);
    expect(isCrossSiteWrite({ ...sameOrigin, origin: "http://localhost:3306", host: "localhost:3306", publicUrl: "http://localhost:3306" })).toBe(false);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "post"])("refuses a %s from another origin", (method) => {
    expect(isCrossSiteWrite({ ...sameOrigin, method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(true);
  });

  it("refuses look-alike, opaque and malformed origins", () => {
    for (const origin of ["https://borderless.example.evil.example", "https://evil.example/borderless.example", "http://borderless.example:8080", "null", "", "not a url"]) {
      expect(isCrossSiteWrite({ ...sameOrigin, origin }), origin).toBe(true);
    }
  });

  it("without Origin, refuses what Sec-Fetch-Site calls cross-site and lets header-less clients through", () => {
    expect(isCrossSiteWrite({ ...sameOrigin, origin: null, secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite({ ...sameOrigin, origin: null, secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossSiteWrite({ ...sameOrigin, origin: null, secFetchSite: null })).toBe(false);
  });

  it("never refuses reads", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(isCrossSiteWrite({ ...sameOrigin, method, origin: "https://evil.example" })).toBe(false);
  });

  it("lets other sites call the public verification API and next-auth's CSRF-token-checked sign-in, nothing else", () => {
    const foreign = { ...sameOrigin, origin: "https://employer.example", secFetchSite: "cross-site" };
    for (const pathname of ["/api/verify", "/api/verify/bulk", "/api/auth/callback/credentials", "/api/auth/signin/credentials"]) {
      expect(isCrossSiteWrite({ ...foreign, pathname }), pathname).toBe(false);
    }
    for (const pathname of ["/api/verify/bulk/x", "/api/verifyx", "/api/auth/signout", "/api/auth/session", "/api/tracks/t/cases/c/attempts", "/en/org/1"]) {
      expect(isCrossSiteWrite({ ...foreign, pathname }), pathname).toBe(true);
    }
  });
});
