import { describe, expect, it } from "vitest";
import { nextStep } from "@/domain/content/next-step";
import { loadCatalog } from "@/server/content/load-content";

const track = loadCatalog().track("compliance-architect")!;
const [first, second] = track.moduleList;
const lessonsOf = (m: typeof first) => m!.lessonList.map((l) => l.id);

describe("where a learner picks a track up again", () => {
  it("starts with the first lesson", () => {
    expect(nextStep(track, new Set(), new Set())).toEqual({ kind: "lesson", lessonId: lessonsOf(first)[0] });
  });

  it("goes to the module's first unpassed case once its lessons are read, then on to the next module", () => {
    const read = new Set(lessonsOf(first));
    expect(nextStep(track, read, new Set())).toEqual({ kind: "case", simulationId: first!.simulations[0] });
    expect(nextStep(track, read, new Set(first!.simulations))).toEqual({ kind: "lesson", lessonId: lessonsOf(second)[0] });
  });

  it("points at the certificate when everything is done", () => {
    const read = new Set(track.moduleList.flatMap(lessonsOf));
    const passed = new Set(track.moduleList.flatMap((m) => m.simulations));
    expect(nextStep(track, read, passed)).toEqual({ kind: "certificate" });
  });
});
