import { describe, expect, it } from "vitest";
import { KnowledgeCheckSchema, type KnowledgeCheck } from "@/domain/content/check-schema";
import { gradeCheck } from "@/domain/content/grade-check";

const text = (en: string) => ({ en, zh: `${en}（中文）` });
const option = (id: string) => ({ id, text: text(id.toUpperCase()), explanation: text(`About ${id}`) });

const check: KnowledgeCheck = KnowledgeCheckSchema.parse({
  questions: [
    { id: "single", kind: "single", prompt: text("One"), options: [option("a"), option("b"), option("c")], answer: "b" },
    { id: "multi", kind: "multiple", prompt: text("Some"), options: [option("a"), option("b"), option("c"), option("d")], answers: ["a", "c"] },
    { id: "number", kind: "numeric", prompt: text("How much"), answer: 22.95, tolerance: 0.05, explanation: text("Working") },
    { id: "order", kind: "ordering", prompt: text("Order"), items: [option("w"), option("x"), option("y"), option("z")], points: 2 },
  ],
});

const perfect = { single: "b", multi: ["c", "a"], number: 22.95, order: ["w", "x", "y", "z"] };

describe("gradeCheck", () => {
  it("gives full marks for the key and passes", () => {
    const grade = gradeCheck(check, perfect);
    expect(grade).toMatchObject({ earned: 5, possible: 5, score: 1, hasPassed: true });
    expect(grade.questions.every((q) => q.isCorrect)).toBe(true);
  });

  it("scores missing answers as zero", () => {
    const grade = gradeCheck(check, {});
    expect(grade).toMatchObject({ earned: 0, possible: 5, score: 0, hasPassed: false });
  });

  it("gives nothing for a wrong single choice or a wrong type of answer", () => {
    expect(gradeCheck(check, { single: "a" }).questions[0]?.score).toBe(0);
    expect(gradeCheck(check, { single: ["b"] }).questions[0]?.score).toBe(0);
  });

  it("gives half credit for one of two correct options in a multiple choice", () => {
    expect(gradeCheck(check, { multi: ["a"] }).questions[1]?.score).toBe(0.5);
  });

  it("lets each wrong tick cancel a right one, never below zero", () => {
    expect(gradeCheck(check, { multi: ["a", "b"] }).questions[1]?.score).toBe(0);
    expect(gradeCheck(check, { multi: ["a", "b", "c", "d"] }).questions[1]?.score).toBe(0);
    expect(gradeCheck(check, { multi: ["b", "d"] }).questions[1]?.score).toBe(0);
  });

  it("accepts a numeric answer within the tolerance, edges included", () => {
    expect(gradeCheck(check, { number: 22.9 }).questions[2]?.score).toBe(1);
    expect(gradeCheck(check, { number: 23.0 }).questions[2]?.score).toBe(1);
    expect(gradeCheck(check, { number: 23.01 }).questions[2]?.score).toBe(0);
    expect(gradeCheck(check, { number: Number.NaN }).questions[2]?.score).toBe(0);
    expect(gradeCheck(check, { number: "22.95" }).questions[2]?.score).toBe(0);
  });

  it("gives ordering credit by the share of pairs in the right order", () => {
    const grade = (order: string[]) => gradeCheck(check, { order }).questions[3];
    expect(grade(["w", "x", "z", "y"])).toMatchObject({ score: 5 / 6, earned: (5 / 6) * 2, isCorrect: false });
    expect(grade(["z", "y", "x", "w"])?.score).toBe(0);
  });

  it("gives nothing for an ordering that is not a permutation of the items", () => {
    const grade = (order: string[]) => gradeCheck(check, { order }).questions[3]?.score;
    expect(grade(["w", "x", "y"])).toBe(0);
    expect(grade(["w", "w", "y", "z"])).toBe(0);
    expect(grade(["w", "x", "y", "q"])).toBe(0);
  });

  it("weights questions by points and applies the pass mark to the share earned", () => {
    // 3 of 5 points: single, multi, number right; order reversed.
    const grade = gradeCheck(check, { ...perfect, order: ["z", "y", "x", "w"] });
    expect(grade).toMatchObject({ earned: 3, possible: 5, score: 0.6, hasPassed: false });
    expect(gradeCheck({ ...check, passMark: 0.6 }, { ...perfect, order: ["z", "y", "x", "w"] }).hasPassed).toBe(true);
  });
});
