import { describe, expect, it } from "vitest";
import { searchLessons } from "@/domain/content/search-lessons";
import { loadCatalog } from "@/server/content/load-content";

const { tracks } = loadCatalog();

describe("lesson search", () => {
  it("finds the IOSS lesson in English, title hits first", () => {
    const hits = searchLessons(tracks, "IOSS ceiling", "en");
    expect(hits[0]?.lessonId).toBe("ioss-and-the-150-euro-ceiling");
    expect(hits[0]?.snippet.toLowerCase()).toContain("ioss");
  });

  it("finds Chinese text without word boundaries", () => {
    const hits = searchLessons(tracks, "视同供应商", "zh");
    expect(hits.map((h) => h.lessonId)).toContain("who-collects-import-vat");
  });

  it("requires every term and returns nothing for an empty query", () => {
    expect(searchLessons(tracks, "IOSS zzzznotaword", "en")).toEqual([]);
    expect(searchLessons(tracks, "   ", "en")).toEqual([]);
  });
});
