/**
 * The catalog is the content check: it loads every file under content/, and a broken file fails
 * with a message naming the file and the field.
 */
import { describe, expect, it } from "vitest";
import { buildCatalog, ContentError, type ContentProblem } from "@/domain/content/catalog";
import { validContentFiles } from "./content-fixture";

function problemsOf(files: Map<string, string>): ContentProblem[] {
  try {
    buildCatalog(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected buildCatalog to reject the content");
}

function withFile(path: string, edit: (text: string) => string): Map<string, string> {
  const files = validContentFiles();
  files.set(path, edit(files.get(path)!));
  return files;
}

const CHECK = "tracks/demo/modules/basics/check.yaml";

describe("buildCatalog with a knowledge check", () => {
  it("attaches the parsed check to its module, with defaults filled in", () => {
    const catalog = buildCatalog(validContentFiles());
    const check = catalog.track("demo")?.moduleList[0]?.check;
    expect(check?.passMark).toBe(0.7);
    expect(check?.questions.map((q) => [q.id, q.kind, q.points])).toEqual([
      ["capital", "single", 1],
      ["rate", "numeric", 1],
    ]);
  });

  it("keeps a module without check.yaml valid, with no check", () => {
    const files = validContentFiles();
    files.delete(CHECK);
    expect(buildCatalog(files).track("demo")?.moduleList[0]?.check).toBeUndefined();
  });

  it("names the file and field when a single-choice answer is not an option", () => {
    const problems = problemsOf(withFile(CHECK, (t) => t.replace("answer: b", "answer: c")));
    expect(problems).toContainEqual({ file: CHECK, field: "questions.0.answer", message: expect.stringContaining('"c" is not one of the option ids') });
  });

  it("names the locale when an explanation lacks its Chinese text", () => {
    const problems = problemsOf(withFile(CHECK, (t) => t.replace("explanation: { en: Not A., zh: 不是甲。 }", "explanation: { en: Not A. }")));
    expect(problems).toContainEqual({ file: CHECK, field: "questions.0.options.0.explanation.zh", message: expect.any(String) });
  });

  it("rejects an unknown question kind at the kind field", () => {
    const problems = problemsOf(withFile(CHECK, (t) => t.replace("kind: numeric", "kind: essay")));
    expect(problems.map((p) => [p.file, p.field])).toContainEqual([CHECK, "questions.1.kind"]);
  });

  it("rejects a numeric question without a tolerance", () => {
    const problems = problemsOf(withFile(CHECK, (t) => t.replace("    tolerance: 0.01\n", "")));
    expect(problems.map((p) => [p.file, p.field])).toContainEqual([CHECK, "questions.1.tolerance"]);
  });

  it("rejects duplicate question ids", () => {
    const problems = problemsOf(withFile(CHECK, (t) => t.replace("id: rate", "id: capital")));
    expect(problems).toContainEqual({ file: CHECK, field: "questions", message: 'question id "capital" is used twice' });
  });

  it("rejects a multiple-choice answer that names no option", () => {
    const problems = problemsOf(
      withFile(CHECK, (t) =>
        t.replace("kind: single", "kind: multiple").replace("answer: b", "answers: [b, z]"),
      ),
    );
    expect(problems).toContainEqual({ file: CHECK, field: "questions.0.answers.1", message: expect.stringContaining('"z"') });
  });

  it("reports YAML syntax errors in a check as a problem of the file", () => {
    const problems = problemsOf(withFile(CHECK, (t) => `${t}\n  - id: [unclosed\n`));
    expect(problems[0]).toMatchObject({ file: CHECK, field: "(file)", message: expect.stringContaining("not valid YAML") });
  });
});

describe("buildCatalog on other malformed files", () => {
  it("names the lesson file and field for a missing source date", () => {
    const lesson = "tracks/demo/modules/basics/lessons/first.md";
    const problems = problemsOf(withFile(lesson, (t) => t.replace(', accessed: 2026-11-25 }', " }")));
    expect(problems).toContainEqual({ file: lesson, field: "sources.0.accessed", message: expect.any(String) });
  });

  it("names the missing Chinese body of a lesson", () => {
    const lesson = "tracks/demo/modules/basics/lessons/first.md";
    const problems = problemsOf(withFile(lesson, (t) => t.replace("<!-- zh -->\n你好。\n", "")));
    expect(problems).toContainEqual({ file: lesson, field: "body.zh", message: expect.stringContaining("<!-- zh -->") });
  });

  it("names the module field that points to a missing simulation", () => {
    const module = "tracks/demo/modules/basics/module.yaml";
    const problems = problemsOf(withFile(module, (t) => `${t}simulations: [ghost-case]\n`));
    expect(problems).toContainEqual({ file: module, field: "simulations.0", message: 'no simulation "ghost-case" in simulations/' });
  });

  it("flags a check.yaml in a folder no track lists", () => {
    const files = validContentFiles();
    files.set("tracks/demo/modules/orphan/check.yaml", files.get(CHECK)!);
    expect(problemsOf(files)).toContainEqual({ file: "tracks/demo/modules/orphan/check.yaml", field: "(file)", message: expect.stringContaining("not referenced") });
  });
});
