import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { authenticate } from "@/server/services/authenticate";
import { createAccount } from "@/server/services/create-account";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);
/** Every password actually checked leaves one audit row. */
const passwordsChecked = (email: string) => db.prisma.signInAttempt.count({ where: { email } });
/** Ends a limit's current window now, as if its time had passed. */
const endWindow = (key: string) => db.prisma.rateLimit.updateMany({ where: { key }, data: { expire: new Date(Date.now() - 1000) } });

describe("sign-in lockout", () => {
  it("checks at most five of forty parallel wrong passwords from one address", async () => {
    await createAccount({ name: "Race", email: "race@example.com", password: "the-right-one-1" }, "en");
    const from = { ip: "203.0.113.9" };
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => errorOf(authenticate({ email: "race@example.com", password: `guess-${i}-abcdef` }, from))));
    expect(await passwordsChecked("race@example.com")).toBe(5);
    expect(outcomes.filter((e) => e?.code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(outcomes.filter((e) => e?.code === "RATE_LIMITED")).toHaveLength(35);
    expect(outcomes.find((e) => e?.code === "RATE_LIMITED")?.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it("locks only the guesser's address out: the owner signs in from another one", async () => {
    await createAccount({ name: "Victim", email: "victim@example.com", password: "Owners-own-pass-7" }, "en");
    for (let i = 0; i < 6; i++) await errorOf(authenticate({ email: "victim@example.com", password: `not-it-${i}-xyz` }, { ip: "192.0.2.66" }));
    expect((await errorOf(authenticate({ email: "victim@example.com", password: "Owners-own-pass-7" }, { ip: "192.0.2.66" })))?.code).toBe("RATE_LIMITED");
    await expect(authenticate({ email: "victim@example.com", password: "Owners-own-pass-7" }, { ip: "198.51.100.20" })).resolves.toMatchObject({ email: "victim@example.com" });
  });

  it("forgets an address's failures once it signs in", async () => {
    await createAccount({ name: "Typo", email: "typo@example.com", password: "Careful-pass-3x" }, "en");
    const from = { ip: "198.51.100.30" };
    for (let i = 0; i < 4; i++) expect((await errorOf(authenticate({ email: "typo@example.com", password: `typo-${i}-abcdef` }, from)))?.code).toBe("UNAUTHENTICATED");
    await authenticate({ email: "typo@example.com", password: "Careful-pass-3x" }, from);
    for (let i = 0; i < 5; i++) expect((await errorOf(authenticate({ email: "typo@example.com", password: `typo-${i}-ghijkl` }, from)))?.code).toBe("UNAUTHENTICATED");
    expect((await errorOf(authenticate({ email: "typo@example.com", password: "Careful-pass-3x" }, from)))?.code).toBe("RATE_LIMITED");
  });

  it("slows an account guessed at from many addresses instead of locking it, and says how long to wait", async () => {
    await createAccount({ name: "Target", email: "target@example.com", password: "Owner-pass-2026" }, "en");
    // 20 failures, each from a different address: none of them is locked, the account's budget is spent.
    for (let i = 0; i < 20; i++) {
      expect((await errorOf(authenticate({ email: "target@example.com", password: `spray-${i}-abcdef` }, { ip: `192.0.2.${i + 1}` })))?.code).toBe("UNAUTHENTICATED");
    }
    // Past it, one password a minute is still checked, from anywhere…
    expect((await errorOf(authenticate({ email: "target@example.com", password: "spray-20-abcdef" }, { ip: "192.0.2.101" })))?.code).toBe("UNAUTHENTICATED");
    const slowed = await errorOf(authenticate({ email: "target@example.com", password: "Owner-pass-2026" }, { ip: "198.51.100.40" }));
    expect(slowed?.code).toBe("RATE_LIMITED");
    expect(slowed?.message).toMatch(/^This account had many failed sign-ins from different places, so sign-ins to it are slowed down\. Try again in \d+ seconds?\.$/);
    expect(slowed?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await passwordsChecked("target@example.com")).toBe(21);
    // …so once the minute is over the owner gets in.
    await endWindow("signInAccountSlow:target@example.com");
    await expect(authenticate({ email: "target@example.com", password: "Owner-pass-2026" }, { ip: "198.51.100.40" })).resolves.toMatchObject({ email: "target@example.com" });
  });

  it("records the address of every password checked", async () => {
    const rows = await db.prisma.signInAttempt.findMany({ where: { email: "victim@example.com" }, select: { ip: true, succeeded: true } });
    expect(rows).toEqual(
      expect.arrayContaining([
        { ip: "192.0.2.66", succeeded: false },
        { ip: "198.51.100.20", succeeded: true },
      ]),
    );
  });
});
