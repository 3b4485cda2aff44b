/**
 * Cohort rosters uploaded as CSV: `email,name,student_id` (student id optional). Pure.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first learner row 2.
 */
import { z } from "zod";
import { EmailSchema } from "../accounts/account-schemas";
import { cleanText } from "../text/clean-text";
import { parseCsv } from "./csv";

export const MAX_ROSTER_ROWS = 5000;

export const RosterRowSchema = z.object({
  email: EmailSchema,
  name: cleanText(z.string().trim().min(1, "Enter the learner's name").max(100, "Name is too long")),
  studentId: z
    .string()
    .trim()
    .max(64, "Student id is too long")
    .regex(/^[\p{L}\p{N}._\-/]*$/u, "Student id may hold only letters, digits and . _ - /")
    .transform((value) => (value === "" ? null : value)),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

export type RosterProblem = { row: number; email: string; reason: string };
export type ParsedRoster = { rows: (RosterRow & { row: number })[]; problems: RosterProblem[]; fileError?: string };

const HEADER_ALIASES: Record<string, keyof RosterRow> = {
  email: "email",
  "e-mail": "email",
  邮箱: "email",
  name: "name",
  "full name": "name",
  姓名: "name",
  student_id: "studentId",
  "student id": "studentId",
  studentid: "studentId",
  学号: "studentId",
};

/**
 * Validates every row on its own: a bad row is reported with its number and reason and never
 * stops the good ones. A second row with an email already seen in the file is a problem too.
 */
export function parseRoster(text: string): ParsedRoster {
  const parsed = parseCsv(text);
  if ("error" in parsed) return { rows: [], problems: [], fileError: parsed.error };
  const [header, ...body] = parsed.rows;
  if (!header) return { rows: [], problems: [], fileError: "The file is empty." };
  const columns = header.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  if (!columns.includes("email") || !columns.includes("name")) {
    return { rows: [], problems: [], fileError: "The first row must name the columns: email, name and optionally student_id." };
  }
  if (body.length > MAX_ROSTER_ROWS) return { rows: [], problems: [], fileError: `Upload at most ${MAX_ROSTER_ROWS} learners at a time.` };

  const rows: ParsedRoster["rows"] = [];
  const problems: RosterProblem[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const record: Record<string, string> = { email: "", name: "", studentId: "" };
    columns.forEach((column, i) => {
      if (column) record[column] = cells[i] ?? "";
    });
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      problems.push({ row, email: record.email!.trim(), reason: `Expected ${header.length} columns, found ${cells.length}` });
      return;
    }
    const result = RosterRowSchema.safeParse(record);
    if (!result.success) {
      problems.push({ row, email: record.email!.trim(), reason: result.error.issues.map((issue) => issue.message).join("; ") });
      return;
    }
    const first = seen.get(result.data.email);
    if (first !== undefined) {
      problems.push({ row, email: result.data.email, reason: `Same email as row ${first}` });
      return;
    }
    seen.set(result.data.email, row);
    rows.push({ ...result.data, row });
  });
  return { rows, problems };
}
