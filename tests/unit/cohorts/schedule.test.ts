import { describe, expect, it } from "vitest";
import { deadlinesDueSoon, moduleStanding, workDone } from "@/domain/cohorts/schedule";

const requirement = { trackId: "t", moduleId: "m", lessonIds: ["l1", "l2"], simulationIds: ["s1"], passMark: 0.8 };
const now = new Date("2026-11-20T12:00:00Z");
const past = new Date("2026-11-19T00:00:00Z");
const future = new Date("2026-11-25T00:00:00Z");

describe("module standing", () => {
  it("is complete only with every lesson read and every case passed", () => {
    expect(moduleStanding(requirement, 2, new Map([["s1", 0.8]]), past, null, now)).toMatchObject({ complete: true, behind: false });
    expect(moduleStanding(requirement, 2, new Map([["s1", 0.79]]), past, null, now)).toMatchObject({ complete: false, behind: true });
    expect(moduleStanding(requirement, 1, new Map([["s1", 1]]), future, null, now)).toMatchObject({ complete: false, behind: false });
  });

  it("honours a learner's extension over the cohort deadline", () => {
    const standing = moduleStanding(requirement, 0, new Map(), past, future, now);
    expect(standing).toMatchObject({ behind: false, extended: true, dueAt: future });
  });

  it("is never behind without a deadline", () => {
    expect(moduleStanding(requirement, 0, new Map(), null, null, now).behind).toBe(false);
  });

  it("counts lessons and passed cases towards work done", () => {
    const a = moduleStanding(requirement, 1, new Map([["s1", 0.9]]), null, null, now);
    expect(workDone([a])).toBeCloseTo(2 / 3);
    expect(workDone([])).toBe(0);
  });
});

describe("deadline reminders", () => {
  it("selects deadlines within the next three days, not passed ones", () => {
    const d = (iso: string) => ({ dueAt: new Date(iso) });
    const soon = deadlinesDueSoon([d("2026-11-19T00:00:00Z"), d("2026-11-21T00:00:00Z"), d("2026-11-23T12:00:00Z"), d("2026-11-23T12:00:01Z")], now);
    expect(soon.map((x) => x.dueAt.toISOString())).toEqual(["2026-11-21T00:00:00.000Z", "2026-11-23T12:00:00.000Z"]);
  });
});
