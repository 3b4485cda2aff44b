import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../generated/prisma/client";
import { prisma } from "../db";
import { env, type Env, type RateLimitRule } from "../env";
import { AppError } from "../errors";

/**
 * Every per-client limit, by what it protects. Keys are chosen by the caller: a client address
 * (client-ip.ts), a user id, an email or email+address.
 */
export type RateLimitName =
  | "signUp"
  | "signIn"
  | "signInLockout"
  | "signInAccount"
  | "signInAccountSlow"
  | "verify"
  | "verifyBulk"
  | "attempts"
  | "passwordReset";

/** Limits that protect accounts against password guessing: RATE_LIMITS=off leaves them on. */
const ACCOUNT_PROTECTION: readonly RateLimitName[] = ["signInLockout", "signInAccount", "signInAccountSlow"];

export type RateLimitSettings = { enabled: boolean; rules: Record<RateLimitName, RateLimitRule> };

/** The limits the environment configures (server/env.ts documents each variable). */
export function rateLimitSettings(e: Env): RateLimitSettings {
  return {
    enabled: e.RATE_LIMITS === "on",
    rules: {
      signUp: e.RATE_LIMIT_SIGN_UP,
      signIn: e.RATE_LIMIT_SIGN_IN,
      signInLockout: { points: e.SIGN_IN_MAX_FAILURES, seconds: e.SIGN_IN_WINDOW_MINUTES * 60 },
      signInAccount: e.RATE_LIMIT_SIGN_IN_ACCOUNT,
      signInAccountSlow: e.RATE_LIMIT_SIGN_IN_ACCOUNT_SLOW,
      verify: e.RATE_LIMIT_VERIFY,
      verifyBulk: e.RATE_LIMIT_VERIFY_BULK,
      attempts: e.RATE_LIMIT_ATTEMPTS,
      passwordReset: e.RATE_LIMIT_PASSWORD_RESET,
    },
  };
}

/** What the client is told, before "Try again in …" (lib/error-text.ts has the Chinese). */
const LIMITED_MESSAGES: Record<RateLimitName, string> = {
  signUp: "Too many accounts were created from your network.",
  signIn: "Too many failed sign-ins from your network.",
  signInLockout: "Too many failed sign-in attempts.",
  signInAccount: "Too many failed sign-ins to this account.",
  signInAccountSlow: "This account had many failed sign-ins from different places, so sign-ins to it are slowed down.",
  verify: "Too many verification requests.",
  verifyBulk: "Too many bulk verification files.",
  attempts: "Too many attempt requests.",
  passwordReset: "Too many password-reset requests.",
};

/** "12 seconds" under two minutes, else whole minutes rounded up. */
function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

export function rateLimitedError(name: RateLimitName, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("RATE_LIMITED", `${LIMITED_MESSAGES[name]} Try again in ${waitText(seconds)}.`, undefined, { retryAfterSeconds: seconds });
}

export type RateLimits = {
  /** Spends one point of `key`'s budget; throws AppError RATE_LIMITED (with retryAfterSeconds) when it is spent. */
  consume(name: RateLimitName, key: string): Promise<void>;
  /** Gives a point back (a sign-in that turned out to be the account's owner). */
  reward(name: RateLimitName, key: string): Promise<void>;
  /** Forgets `key`'s budget (a successful sign-in unlocks its email+address). */
  reset(name: RateLimitName, key: string): Promise<void>;
};

/**
 * Limits stored in the RateLimit table through rate-limiter-flexible's RateLimiterPrisma, so every
 * app instance on one database shares each budget. Its consume is one `INSERT … ON CONFLICT DO
 * UPDATE SET points = points + n` (measured on PostgreSQL: 40 parallel consumes from two clients
 * against 5 points let exactly 5 through), so parallel requests cannot all pass a check.
 */
export function createRateLimits(client: PrismaClient, settings: RateLimitSettings): RateLimits {
  const limiters = new Map<RateLimitName, RateLimiterPrisma>();
  const limiter = (name: RateLimitName) => {
    let found = limiters.get(name);
    if (!found) {
      const { points, seconds } = settings.rules[name];
      found = new RateLimiterPrisma({
        storeClient: client,
        tableName: "rateLimit",
        keyPrefix: name,
        points,
        duration: seconds,
        // One limiter sweeps rows expired over an hour ago (every 5 minutes, on an unref'd timer).
        clearExpiredByTimeout: limiters.size === 0,
        // When the database cannot be reached the same budget is kept in this process instead:
        // the limit still holds, and the request goes on to say what is unavailable (a verifier
        // hears "could not be checked", not a raw error).
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: seconds }),
      });
      limiters.set(name, found);
    }
    return found;
  };
  const active = (name: RateLimitName) => settings.enabled || ACCOUNT_PROTECTION.includes(name);

  return {
    async consume(name, key) {
      if (!active(name)) return;
      try {
        await limiter(name).consume(key);
      } catch (rejection) {
        // Over the limit the library rejects with a RateLimiterRes; a database failure is an Error.
        if (rejection instanceof RateLimiterRes) throw rateLimitedError(name, rejection.msBeforeNext);
        throw rejection;
      }
    },
    async reward(name, key) {
      if (active(name)) await limiter(name).reward(key);
    },
    async reset(name, key) {
      if (active(name)) await limiter(name).delete(key);
    },
  };
}

const cache = new WeakMap<PrismaClient, RateLimits>();

/** The app's limits on the app's database, configured by the environment. */
export async function rateLimits(): Promise<RateLimits> {
  const client = await prisma();
  let found = cache.get(client);
  if (!found) {
    found = createRateLimits(client, rateLimitSettings(env()));
    cache.set(client, found);
  }
  return found;
}

/** One request's worth of a per-client limit (route handlers and server actions call this first). */
export async function enforceRateLimit(name: RateLimitName, key: string): Promise<void> {
  await (await rateLimits()).consume(name, key);
}

/**
 * For the password-reset request (a later issue): spends one point per email and one per client
 * address, so neither one address nor many addresses can flood one inbox.
 */
export async function limitPasswordResetRequest(email: string, ip: string): Promise<void> {
  const limits = await rateLimits();
  await limits.consume("passwordReset", `ip:${ip}`);
  await limits.consume("passwordReset", `email:${email.trim().toLowerCase()}`);
}
