import { describe, expect, it } from "vitest";
import { buildCatalog, ContentError } from "@/domain/content/catalog";
import { CONTENT_ROOT } from "@/server/content/load-content";
import { readContentFiles } from "@/server/content/read-content-files";

function problemsWith(edit: (files: Map<string, string>) => void) {
  const files = readContentFiles(CONTENT_ROOT);
  edit(files);
  try {
    buildCatalog(files);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems;
  }
}

describe("content errors name the cause, not its echoes", () => {
  it("reports a broken module once, not each of its lessons as unreferenced", () => {
    const path = "tracks/growth-engineer/modules/pricing/module.yaml";
    const problems = problemsWith((files) => files.set(path, files.get(path)!.replace(/^id: pricing$/m, "id: Pricing Module")));
    expect(problems).toEqual([{ file: path, field: "id", message: "expected a lowercase slug like eu-vat-basics" }]);
  });

  it("reports a broken simulation without also blaming the module that lists it", () => {
    const path = "simulations/eu-import-vat-low-value.yaml";
    const problems = problemsWith((files) => files.set(path, files.get(path)!.replace(/^version: 1$/m, "version: one")));
    expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([`${path}: version`]);
  });
});
