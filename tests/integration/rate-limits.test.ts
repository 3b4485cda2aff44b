import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorText } from "@/lib/error-text";
import { requestLocale } from "@/lib/request-locale";
import { POST as bulkRoute } from "@/app/api/verify/bulk/route";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { runAction } from "@/server/action-result";
import { openDatabase } from "@/server/database/connect";
import { parseEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { clientIp } from "@/server/rate-limits/client-ip";
import { createRateLimits, enforceRateLimit, limitPasswordResetRequest, rateLimitedError, rateLimitSettings, type RateLimitName, type RateLimits } from "@/server/rate-limits/rate-limits";
import { authenticate } from "@/server/services/authenticate";
import { freshTestDatabase } from "./support/test-database";

// The app reads its limits once per test file; a small sign-in budget keeps the test quick.
vi.stubEnv("RATE_LIMIT_SIGN_IN", "8/900");
let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await db.dispose();
});

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);
const context = { params: Promise.resolve({}) };
/** An empty verify request: refused as invalid (400) unless the limit answers first. */
const verifyFrom = (ip: string, init: { query?: string; headers?: Record<string, string> } = {}) =>
  verifyRoute(new Request(`http://localhost/api/verify${init.query ?? ""}`, { method: "POST", body: "", headers: { "x-real-ip": ip, ...init.headers } }), context);

describe("rate limit settings", () => {
  it("reads <points>/<seconds> and has a default for every limit", () => {
    const settings = rateLimitSettings(parseEnv({ RATE_LIMIT_VERIFY: "5/10" }));
    expect(settings.enabled).toBe(true);
    expect(settings.rules.verify).toEqual({ points: 5, seconds: 10 });
    expect(settings.rules.signUp).toEqual({ points: 30, seconds: 3600 });
    expect(settings.rules.signInLockout).toEqual({ points: 5, seconds: 900 });
    expect(rateLimitSettings(parseEnv({ RATE_LIMITS: "off" })).enabled).toBe(false);
    expect(rateLimitSettings(parseEnv({ RATE_LIMIT_VERIFY: "" })).rules.verify).toEqual({ points: 60, seconds: 60 });
  });

  it.each(["60", "60/", "/60", "0/60", "60/0", "-1/60", "1.5/60", "60/60/60", "a/b", " 60/60", "60/9999999", "99999999/60"])("refuses RATE_LIMIT_VERIFY=%j", (value) => {
    expect(() => parseEnv({ RATE_LIMIT_VERIFY: value })).toThrow(/RATE_LIMIT_VERIFY/);
  });

  it("refuses unknown switch values", () => {
    expect(() => parseEnv({ RATE_LIMITS: "no" })).toThrow(/RATE_LIMITS/);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "0" })).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe("client address", () => {
  const trusted = { TRUST_PROXY: "true", TRUST_PROXY_HOPS: 1 } as const;
  const untrusted = { TRUST_PROXY: "false", TRUST_PROXY_HOPS: 1 } as const;

  it("behind a trusted proxy takes the entry it appended to X-Forwarded-For, not the client's own", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-real-ip": "6.6.6.6" });
    expect(clientIp(headers, trusted)).toBe("203.0.113.7");
    expect(clientIp(headers, { ...trusted, TRUST_PROXY_HOPS: 2 })).toBe("6.6.6.6");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }), { ...trusted, TRUST_PROXY_HOPS: 2 })).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "::ffff:203.0.113.8" }, trusted)).toBe("203.0.113.8");
  });

  it("without TRUST_PROXY ignores X-Forwarded-For and uses X-Real-IP, else one shared 'unknown'", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "2001:DB8::1" }), untrusted)).toBe("2001:db8::1");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }), untrusted)).toBe("unknown");
    expect(clientIp({ "x-real-ip": "192.0.2.1\u202e" }, untrusted)).toBe("unknown");
    expect(clientIp({ "x-real-ip": "192.0.2.1\u0000" }, untrusted)).toBe("unknown");
    expect(clientIp({ "x-real-ip": ["192.0.2.1", "192.0.2.2"] }, untrusted)).toBe("unknown");
    expect(clientIp({}, untrusted)).toBe("unknown");
  });
});

describe("reader's language for JSON errors", () => {
  it("takes ?lang=, then Accept-Language by preference, else English", () => {
    const at = (query: string, language?: string) => requestLocale(new Request(`http://localhost/api/verify${query}`, { headers: language ? { "accept-language": language } : {} }));
    expect(at("?lang=zh", "en")).toBe("zh");
    expect(at("", "fr-FR, zh-CN;q=0.8, en;q=0.5")).toBe("zh");
    expect(at("", "en;q=0.2, zh-TW;q=0.1")).toBe("en");
    expect(at("?lang=xx", "zh;q=0")).toBe("en");
    expect(at("")).toBe("en");
  });
});

describe("limited messages", () => {
  it("say when to try again, in English and in Chinese, for every limit", () => {
    const names = Object.keys(rateLimitSettings(parseEnv({})).rules) as RateLimitName[];
    for (const name of names) {
      const soon = rateLimitedError(name, 1);
      expect(soon).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 1 });
      expect(soon.message).toMatch(/ Try again in 1 second\.$/);
      expect(errorText(soon.message, "zh")).toMatch(/请在 1 秒后重试。$/);
      expect(errorText(rateLimitedError(name, 14 * 60_000 + 1).message, "zh")).toMatch(/请在 15 分钟后重试。$/);
    }
  });
});

describe("POST /api/verify", () => {
  it("answers 429 with Retry-After and a message once an address spends its 60 requests a minute", async () => {
    for (let i = 0; i < 60; i++) expect((await verifyFrom("192.0.2.1")).status).toBe(400);
    const limited = await verifyFrom("192.0.2.1");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const { error } = (await limited.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/^Too many verification requests\. Try again in \d+ seconds?\.$/);
    // In the reader's language, and only for that address.
    const zh = (await (await verifyFrom("192.0.2.1", { headers: { "accept-language": "zh-CN,zh;q=0.9" } })).json()) as { error: { message: string } };
    expect(zh.error.message).toMatch(/^验证请求过多，请在 \d+ 秒后重试。$/);
    const query = (await (await verifyFrom("192.0.2.1", { query: "?lang=zh" })).json()) as { error: { message: string } };
    expect(query.error.message).toMatch(/^验证请求过多/);
    expect((await verifyFrom("192.0.2.2")).status).toBe(400);
  });
});

describe("POST /api/verify/bulk", () => {
  it("allows ten files per address in ten minutes", async () => {
    const post = () => bulkRoute(new Request("http://localhost/api/verify/bulk", { method: "POST", body: "id\n", headers: { "content-type": "text/csv", "x-real-ip": "192.0.2.3" } }), context);
    for (let i = 0; i < 10; i++) expect((await post()).status).toBe(400);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(9 * 60);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(/^Too many bulk verification files\. Try again in 10 minutes\.$/);
  });
});

describe("sign-up, sign-in, attempts and password reset", () => {
  it("returns a spent sign-up budget through the server action's result, translatable for the form", async () => {
    const signUpFrom = (ip: string) => runAction(() => enforceRateLimit("signUp", ip));
    for (let i = 0; i < 30; i++) expect((await signUpFrom("192.0.2.4")).ok).toBe(true);
    const limited = await signUpFrom("192.0.2.4");
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many accounts were created from your network\. Try again in 60 minutes\.$/) });
    expect(errorText(limited.ok ? "" : limited.message, "zh")).toBe("你所在网络注册的账号过多，请在 60 分钟后重试。");
    expect((await signUpFrom("192.0.2.5")).ok).toBe(true);
  });

  it("stops one address after RATE_LIMIT_SIGN_IN failed sign-ins, whatever the emails", async () => {
    const from = { ip: "192.0.2.6" };
    for (let i = 0; i < 8; i++) expect((await errorOf(authenticate({ email: `stuffed-${i}@example.com`, password: "leaked-password-1" }, from)))?.code).toBe("UNAUTHENTICATED");
    const limited = await errorOf(authenticate({ email: "stuffed-8@example.com", password: "leaked-password-1" }, from));
    expect(limited?.code).toBe("RATE_LIMITED");
    expect(limited?.message).toMatch(/^Too many failed sign-ins from your network\. Try again in 15 minutes\.$/);
    expect(await db.prisma.signInAttempt.count({ where: { email: "stuffed-8@example.com" } })).toBe(0);
  });

  it("limits the attempts API per user", async () => {
    for (let i = 0; i < 30; i++) await enforceRateLimit("attempts", "user-1");
    expect(await errorOf(enforceRateLimit("attempts", "user-1"))).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    await expect(enforceRateLimit("attempts", "user-2")).resolves.toBeUndefined();
  });

  it("limits password-reset requests per address and per email", async () => {
    for (let i = 0; i < 5; i++) await limitPasswordResetRequest(`reset-${i}@example.com`, "192.0.2.8");
    expect((await errorOf(limitPasswordResetRequest("reset-9@example.com", "192.0.2.8")))?.message).toMatch(/^Too many password-reset requests\./);
    for (let i = 0; i < 5; i++) await limitPasswordResetRequest("Inbox@Example.com", `198.51.100.${i + 1}`);
    expect((await errorOf(limitPasswordResetRequest("inbox@example.com", "198.51.100.99")))?.code).toBe("RATE_LIMITED");
  });
});

describe("RATE_LIMITS=off", () => {
  it("turns the request limits off but keeps the sign-in lockout", async () => {
    const limits = createRateLimits(db.prisma, rateLimitSettings(parseEnv({ RATE_LIMITS: "off", RATE_LIMIT_VERIFY: "1/60", SIGN_IN_MAX_FAILURES: "2" })));
    for (let i = 0; i < 10; i++) await limits.consume("verify", "192.0.2.9");
    await limits.consume("signInLockout", "off@example.com|192.0.2.9");
    await limits.consume("signInLockout", "off@example.com|192.0.2.9");
    expect((await errorOf(limits.consume("signInLockout", "off@example.com|192.0.2.9")))?.code).toBe("RATE_LIMITED");
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("several app instances on one PostgreSQL database", () => {
  let other: Awaited<ReturnType<typeof openDatabase>>;
  let [first, second]: RateLimits[] = [];
  beforeAll(async () => {
    other = await openDatabase({ kind: "postgresql", url: db.url! });
    const settings = rateLimitSettings(parseEnv({ RATE_LIMIT_VERIFY: "5/60" }));
    [first, second] = [createRateLimits(db.prisma, settings), createRateLimits(other.prisma, settings)];
  });
  afterAll(() => other.close());

  it("share one budget: of 40 parallel requests through two clients exactly 5 pass", async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => errorOf((i % 2 ? first! : second!).consume("verify", "192.0.2.10"))));
    expect(outcomes.filter((e) => e === null)).toHaveLength(5);
    expect(outcomes.filter((e) => e?.code === "RATE_LIMITED")).toHaveLength(35);
  });

  it("see each other's consumption and resets", async () => {
    for (let i = 0; i < 5; i++) await first!.consume("verify", "192.0.2.11");
    expect((await errorOf(second!.consume("verify", "192.0.2.11")))?.code).toBe("RATE_LIMITED");
    await first!.reset("verify", "192.0.2.11");
    await expect(second!.consume("verify", "192.0.2.11")).resolves.toBeUndefined();
  });
});
