/**
 * Content is the test suite too: the real content/ folder loads, and every module of the shipped
 * tracks meets the course standard (lessons, a knowledge check whose key scores 1).
 */
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import type { CheckAnswers, CheckQuestion } from "@/domain/content/check-schema";
import { gradeCheck } from "@/domain/content/grade-check";

const catalog = loadCatalog();

function keyOf(question: CheckQuestion): CheckAnswers[string] {
  switch (question.kind) {
    case "single":
      return question.answer;
    case "multiple":
      return question.answers;
    case "numeric":
      return question.answer;
    case "ordering":
      return question.items.map((item) => item.id);
  }
}

describe("the real content", () => {
  it("loads both tracks", () => {
    expect(catalog.tracks.map((t) => t.id)).toEqual(expect.arrayContaining(["compliance-architect", "growth-engineer"]));
  });

  const modules = catalog.tracks.flatMap((track) => track.moduleList.map((module) => [`${track.id}/${module.id}`, module] as const));
  it.each(modules.filter(([, m]) => m.check))("%s: the key to its knowledge check scores 1", (_id, module) => {
    const check = module.check!;
    const key = Object.fromEntries(check.questions.map((q) => [q.id, keyOf(q)]));
    expect(gradeCheck(check, key).score).toBe(1);
  });
});

describe.each(["compliance-architect", "growth-engineer"])("the %s track", (trackId) => {
  const track = catalog.track(trackId)!;

  it("has at least five modules, all required", () => {
    expect(track.moduleList.length).toBeGreaterThanOrEqual(5);
    expect([...track.requiredModules].sort()).toEqual([...track.modules].sort());
  });

  it.each(track.moduleList.map((m) => [m.id, m] as const))("module %s has two to four lessons", (_id, module) => {
    expect(module.lessonList.length).toBeGreaterThanOrEqual(2);
    expect(module.lessonList.length).toBeLessThanOrEqual(4);
  });

  it.each(track.moduleList.map((m) => [m.id, m] as const))("module %s has a check of 4-6 questions mixing at least three kinds", (_id, module) => {
    expect(module.check).toBeDefined();
    const questions = module.check!.questions;
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions.length).toBeLessThanOrEqual(6);
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(track.moduleList.flatMap((m) => m.lessonList.map((l) => [`${m.id}/${l.id}`, l] as const)))(
    "lesson %s is real teaching text in both languages, reviewed no earlier than its sources were read",
    (_id, lesson) => {
      // 300 English words, or 500 non-ASCII characters of Chinese (numbers and tables are ASCII), is
      // well short of the 400-700 words asked of authors: the floor only catches stubs and placeholders.
      expect(lesson.body.en.split(/\s+/).length).toBeGreaterThan(300);
      expect(lesson.body.zh.replace(/[\x00-\x7F]/g, "").length).toBeGreaterThan(500);
      for (const source of lesson.sources) expect(source.accessed <= lesson.lastReviewed).toBe(true);
    },
  );
});
