import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { createAccount } from "@/server/services/create-account";
import { authenticate } from "@/server/services/authenticate";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

describe("accounts", () => {
  it("creates a learner with a hashed password and signs them in", async () => {
    const account = await createAccount({ name: "Mei", email: "  Mei@Example.com ", password: "tariff-lines-42" }, "zh");
    expect(account.email).toBe("mei@example.com");
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain("tariff-lines-42");
    expect(stored).toMatchObject({ role: "LEARNER", locale: "zh" });
    await expect(authenticate({ email: "MEI@example.com", password: "tariff-lines-42" })).resolves.toMatchObject({ id: account.id });
  });

  it("refuses a duplicate email with a message on the email field", async () => {
    await createAccount({ name: "A", email: "dup@example.com", password: "first-password-1" }, "en");
    const error = await errorOf(createAccount({ name: "B", email: "DUP@example.com", password: "second-password-2" }, "en"));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe("CONFLICT");
    expect(error?.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("explains every weakness of a password", async () => {
    const error = await errorOf(createAccount({ name: "C", email: "c@example.com", password: "short" }, "en"));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors?.password).toEqual(["Use at least 10 characters", "Include at least one digit"]);
    const withEmail = await errorOf(createAccount({ name: "C", email: "carolina@example.com", password: "carolina-2026" }, "en"));
    expect(withEmail?.fieldErrors?.password).toEqual(["Do not use your email address in the password"]);
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    await createAccount({ name: "D", email: "d@example.com", password: "correct-horse-9" }, "en");
    const wrong = await errorOf(authenticate({ email: "d@example.com", password: "wrong-horse-9" }));
    const unknown = await errorOf(authenticate({ email: "nobody@example.com", password: "whatever-1234" }));
    expect(wrong?.message).toBe("Email or password is incorrect.");
    expect(unknown?.message).toBe(wrong?.message);
  });

  it("locks an email after five failures from one address, even for the right password, then lets it in again", async () => {
    await createAccount({ name: "E", email: "e@example.com", password: "right-password-5" }, "en");
    const from = { ip: "198.51.100.5" };
    for (let i = 0; i < 5; i++) {
      expect((await errorOf(authenticate({ email: "e@example.com", password: `guess-${i}-abcdef` }, from)))?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await errorOf(authenticate({ email: "e@example.com", password: "right-password-5" }, from));
    expect(locked?.code).toBe("RATE_LIMITED");
    expect(locked?.message).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    // The window ends (moved into the past rather than waited for): the owner gets in.
    await db.prisma.rateLimit.updateMany({ where: { key: "signInLockout:e@example.com|198.51.100.5" }, data: { expire: new Date(Date.now() - 1000) } });
    await expect(authenticate({ email: "e@example.com", password: "right-password-5" }, from)).resolves.toMatchObject({ email: "e@example.com" });
  });
});
