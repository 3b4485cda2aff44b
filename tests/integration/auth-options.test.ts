import { beforeAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/server/auth";

const BASE = "https://borderless.example";

beforeAll(() => {
  // Read once, on first use: set before anything in this file reads the environment.
  vi.stubEnv("PUBLIC_URL", BASE);
});

const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl: BASE });

describe("next-auth options", () => {
  it("mark the session cookies Secure when PUBLIC_URL is https", () => {
    expect(authOptions.useSecureCookies).toBe(true);
  });

  it("redirect after sign-in or sign-out only to a path on this site", async () => {
    expect(await redirect("/en/tracks?x=1#y")).toBe(`${BASE}/en/tracks?x=1#y`);
    expect(await redirect(`${BASE}/zh/certificates`)).toBe(`${BASE}/zh/certificates`);
    for (const foreign of ["https://evil.example/pwn", "//evil.example/pwn", "/%09/evil.example", "/\\evil.example", "http://borderless.example/en", "javascript:alert(1)"]) {
      expect(new URL(await redirect(foreign)).origin, foreign).toBe(BASE);
    }
    expect(await redirect("/%09/evil.example")).toBe(`${BASE}/`);
  });
});
