import { describe, expect, it } from "vitest";
import { gradeRubric, RubricSelectionError } from "@/domain/assignments/grade-rubric";
import { loadCatalog } from "@/server/content/load-content";

const catalog = loadCatalog();
const memo = catalog.assignment("eu-entry-compliance-memo")!;

describe("written assignments", () => {
  it("ships at least one memo per track", () => {
    for (const track of catalog.tracks) expect(catalog.assignments.some((a) => a.track === track.id), track.id).toBe(true);
  });

  it("scores a rubric as points over the top level of every criterion", () => {
    const grade = gradeRubric(memo, { scope: 2, registration: 1, duty: 2, recommendation: 0 });
    expect(grade).toMatchObject({ points: 10, maxPoints: 16, score: 0.625, hasPassed: true });
  });

  it("needs one valid level for every criterion and nothing else", () => {
    expect(() => gradeRubric(memo, { scope: 2 })).toThrow(RubricSelectionError);
    expect(() => gradeRubric(memo, { scope: 9, registration: 1, duty: 1, recommendation: 1 })).toThrow(RubricSelectionError);
    expect(() => gradeRubric(memo, { scope: 1, registration: 1, duty: 1, recommendation: 1, charm: 2 })).toThrow(RubricSelectionError);
  });
});
