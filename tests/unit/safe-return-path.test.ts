import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/safe-return-path";

const FALLBACK = "/en";

describe("safeReturnPath", () => {
  it.each([
    ["/en/tracks/compliance-architect", "/en/tracks/compliance-architect"],
    ["/zh/verify/demo-valid-2026?print=1", "/zh/verify/demo-valid-2026?print=1"],
    ["/en/search?q=vat rates#results", "/en/search?q=vat%20rates#results"],
    ["/en/tracks/a/../b", "/en/tracks/b"],
  ])("keeps the same-origin path %s (normalized to %s)", (path, expected) => {
    expect(safeReturnPath(path, FALLBACK)).toBe(expected);
  });

  // Values as Next hands them to the page (already percent-decoded once) and as sent raw.
  it.each([
    "/\t/evil.example/pwn",
    "/\n/evil.example/pwn",
    "/\r/evil.example/pwn",
    "/%09/evil.example/pwn",
    "/%0a/evil.example/pwn",
    "/%0d/evil.example/pwn",
    "//evil.example",
    "/\\evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/.//evil.example",
    "/./\t/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/%E0%A4%A",
    "/\u0000",
    "",
  ])("refuses %j and falls back", (payload) => {
    expect(safeReturnPath(payload, FALLBACK)).toBe(FALLBACK);
  });

  it("takes the first value when a parameter is repeated, and falls back when none is given", () => {
    expect(safeReturnPath(["/en/certificates", "//evil.example"], FALLBACK)).toBe("/en/certificates");
    expect(safeReturnPath(undefined, FALLBACK)).toBe(FALLBACK);
  });

  it("never returns anything a browser would resolve to another origin", () => {
    const payloads = ["/\t/a", "/.//a", "/%2e%2e//a", "/..//a", "/a/../../b", "/ /a", "/%20/a"];
    for (const payload of payloads) {
      const result = safeReturnPath(payload, FALLBACK);
      expect(new URL(result, "https://borderless.example").origin).toBe("https://borderless.example");
    }
  });
});
