import { describe, expect, it } from "vitest";
import { parseRoster, type RosterProblem } from "@/domain/cohorts/roster";
import { english } from "../i18n/english";

/** Problems with their reasons in English, as an English page shows them. */
const inEnglish = (problems: RosterProblem[]) => problems.map(({ reasons, ...problem }) => ({ ...problem, reason: reasons.map((r) => english(r)).join("; ") }));

describe("roster CSV", () => {
  it("imports good rows and reports each bad row with its spreadsheet row number and reason", () => {
    const { rows, problems } = parseRoster(
      ["email,name,student_id", "Lin.Wei@Example.edu, Lin Wei ,S-001", "not-an-email,Bad Email,", "zhang@example.edu,,S-3", "lin.wei@example.edu,Again,", "li@example.edu,Li Na,"].join("\n"),
    );
    expect(rows).toEqual([
      { row: 2, email: "lin.wei@example.edu", name: "Lin Wei", studentId: "S-001" },
      { row: 6, email: "li@example.edu", name: "Li Na", studentId: null },
    ]);
    expect(inEnglish(problems)).toEqual([
      { row: 3, email: "not-an-email", reason: "Enter a valid email address" },
      { row: 4, email: "zhang@example.edu", reason: "Enter the learner's name" },
      { row: 5, email: "lin.wei@example.edu", reason: "Same email as row 2" },
    ]);
  });

  it("accepts columns in any order, Chinese headers, and no student id column", () => {
    expect(parseRoster("姓名,邮箱\n王芳,wang@example.cn").rows).toEqual([{ row: 2, email: "wang@example.cn", name: "王芳", studentId: null }]);
  });

  it("rejects a file without the email and name columns", () => {
    expect(english(parseRoster("a,b\n1,2").fileError!)).toMatch(/must name the columns/);
    expect(english(parseRoster("").fileError!)).toBe("The file is empty.");
  });

  it("reports a row with extra cells instead of guessing", () => {
    expect(inEnglish(parseRoster("email,name\na@example.com,A,extra").problems)).toEqual([{ row: 2, email: "a@example.com", reason: "Expected 2 columns, found 3" }]);
  });
});
