import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { getHeaderStatus } from "@/server/services/get-header-status";
import { sendDeadlineReminders } from "@/server/services/send-deadline-reminders";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, TRACK } from "./support/organizations";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const reminders = async (userId: string) => (await prisma()).notification.count({ where: { userId, kind: "DEADLINE_APPROACHING" } });

describe("deadline reminders", () => {
  it("are not written while the header (every page's layout) is rendered", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Read-only U");
    const today = Date.now();
    const { id: cohortId } = await createTestCohort(org.admin, org.id, {
      startsOn: isoDate(today - 30 * DAY),
      endsOn: isoDate(today + 60 * DAY),
      deadlines: { [`${TRACK}/eu-vat-ecommerce`]: isoDate(today + 2 * DAY) },
    });
    const learner = await createLearner();
    await enroll(cohortId, learner);
    const before = await (await prisma()).notification.count({ where: { userId: learner.id } });
    expect(await getHeaderStatus(learner)).toEqual({ unread: before, isStaff: false });
    expect(await reminders(learner.id)).toBe(0);
    // The scheduled job is what writes them.
    await sendDeadlineReminders();
    expect(await reminders(learner.id)).toBe(1);
    expect((await getHeaderStatus(learner)).unread).toBe(before + 1);
  });

  it("are sent by the job to every learner with a deadline in the window, once however often it runs", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Job U");
    const { id: soonId } = await createTestCohort(org.admin, org.id); // eu-vat-ecommerce due 2026-10-01
    const { id: laterId } = await createTestCohort(org.admin, org.id, { deadlines: { [`${TRACK}/eu-vat-ecommerce`]: "2026-11-20" } });
    const [first, second, elsewhere] = [await createLearner(), await createLearner(), await createLearner()];
    await enroll(soonId, first);
    await enroll(soonId, second);
    await enroll(laterId, elsewhere);
    const now = new Date("2026-09-29T09:00:00Z");
    expect(await sendDeadlineReminders(now)).toBe(2);
    // A second instance, or the next tick, writes nothing new.
    await sendDeadlineReminders(now);
    expect([await reminders(first.id), await reminders(second.id), await reminders(elsewhere.id)]).toEqual([1, 1, 0]);
  });
});
