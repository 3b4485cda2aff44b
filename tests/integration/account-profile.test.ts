/** The account page's profile: one's own display name and preferred language, nothing else, nobody else's. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { updateProfileAction } from "@/app/[lang]/account/actions";
import { createLearner } from "./support/learners";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

describe("updating one's profile", () => {
  it("changes the signed-in user's name and language (later emails use it), and only theirs", async () => {
    const me = await createLearner({ name: "Misspeled Name" });
    const other = await createLearner({ name: "Someone Else" });
    session.userId = me.id;
    expect(await updateProfileAction("en", null, form({ name: "  Correct Name ", locale: "zh", id: other.id }))).toEqual({ ok: true, data: { name: "Correct Name", locale: "zh" } });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { name: true, locale: true } })).toEqual({ name: "Correct Name", locale: "zh" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Someone Else");
  });

  it("refuses empty, over-long and control-character names and unknown languages with field messages, writing nothing", async () => {
    const me = await createLearner({ name: "Stays Same" });
    session.userId = me.id;
    for (const fields of [{ name: "", locale: "en" }, { name: "a".repeat(101), locale: "en" }, { name: "Lin\u0000Wei", locale: "en" }, { name: "\u202Eevil", locale: "en" }, { name: "Fine", locale: "fr" }]) {
      const result = await updateProfileAction("en", null, form(fields));
      expect(result.ok, JSON.stringify(fields)).toBe(false);
      expect(result).toMatchObject({ fieldErrors: expect.any(Object) });
    }
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: me.id }, select: { name: true, locale: true } })).toEqual({ name: "Stays Same", locale: "en" });
  });

  it("needs a signed-in user", async () => {
    session.userId = null;
    expect(await updateProfileAction("en", null, form({ name: "X", locale: "en" }))).toMatchObject({ ok: false, message: "Sign in to continue." });
  });
});
