import { describe, expect, it } from "vitest";
import { isPreviewLesson } from "@/domain/content/lesson-preview";
import { loadCatalog } from "@/server/content/load-content";

const track = loadCatalog().track("compliance-architect")!;

describe("which lessons a signed-out visitor may read", () => {
  it("opens the first lesson of every module", () => {
    for (const module of track.moduleList) expect(isPreviewLesson(track, module.lessonList[0]!.id), module.id).toBe(true);
  });

  it("keeps every other lesson, and unknown ids, for signed-in learners", () => {
    const later = track.moduleList.flatMap((module) => module.lessonList.slice(1).map((lesson) => lesson.id));
    expect(later.length).toBeGreaterThan(0);
    for (const lessonId of later) expect(isPreviewLesson(track, lessonId), lessonId).toBe(false);
    expect(isPreviewLesson(track, "no-such-lesson")).toBe(false);
  });
});
