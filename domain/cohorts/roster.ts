/**
 * Cohort rosters uploaded as CSV: `email,name,student_id` (student id optional). Pure.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first learner row 2.
 */
import { z } from "zod";
import { EmailSchema } from "../accounts/account-schemas";
import { cleanText } from "../text/clean-text";
import type { DomainMessage } from "../message";
import { parseCsv } from "./csv";

export const MAX_ROSTER_ROWS = 5000;

export const RosterRowSchema = z.object({
  email: EmailSchema,
  name: cleanText(z.string().trim().min(1, "errors.enterLearnerName").max(100, "errors.nameTooLong")),
  studentId: z
    .string()
    .trim()
    .max(64, "errors.studentIdTooLong")
    .regex(/^[\p{L}\p{N}._\-/]*$/u, "errors.studentIdCharacters")
    .transform((value) => (value === "" ? null : value)),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

/** A row not imported, with every reason (schema messages are catalogue keys, see domain/message.ts). */
export type RosterProblem = { row: number; email: string; reasons: DomainMessage[] };
export type ParsedRoster = { rows: (RosterRow & { row: number })[]; problems: RosterProblem[]; fileError?: DomainMessage };

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

/** A zod message of the row schema (a catalogue key; zod's own text would be kept as it is at the boundary). */
const asDomainMessage = (message: string): DomainMessage => ({ key: message as DomainMessage["key"] });

/**
 * Validates every row on its own: a bad row is reported with its number and reason and never
 * stops the good ones. A second row with an email already seen in the file is a problem too.
 */
export function parseRoster(text: string): ParsedRoster {
  const parsed = parseCsv(text);
  if ("error" in parsed) return { rows: [], problems: [], fileError: parsed.error };
  const [header, ...body] = parsed.rows;
  if (!header) return { rows: [], problems: [], fileError: { key: "errors.fileEmpty" } };
  const columns = header.map((h) => HEADER_ALIASES[h.trim().toLowerCase()]);
  if (!columns.includes("email") || !columns.includes("name")) {
    return { rows: [], problems: [], fileError: { key: "errors.rosterHeader" } };
  }
  if (body.length > MAX_ROSTER_ROWS) return { rows: [], problems: [], fileError: { key: "errors.rosterTooManyRows", params: { max: MAX_ROSTER_ROWS } } };

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
      problems.push({ row, email: record.email!.trim(), reasons: [{ key: "errors.rosterColumnCount", params: { expected: header.length, found: cells.length } }] });
      return;
    }
    const result = RosterRowSchema.safeParse(record);
    if (!result.success) {
      problems.push({ row, email: record.email!.trim(), reasons: result.error.issues.map((issue) => asDomainMessage(issue.message)) });
      return;
    }
    const first = seen.get(result.data.email);
    if (first !== undefined) {
      problems.push({ row, email: result.data.email, reasons: [{ key: "errors.rosterSameEmail", params: { row: first } }] });
      return;
    }
    seen.set(result.data.email, row);
    rows.push({ ...result.data, row });
  });
  return { rows, problems };
}
