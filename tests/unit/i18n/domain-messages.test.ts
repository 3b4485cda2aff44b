import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { EmailSchema, NewPasswordSchema, SignInSchema, SignUpSchema } from "@/domain/accounts/account-schemas";
import type { Assignment } from "@/domain/assignments/assignment-schema";
import { gradeRubric, RubricSelectionError } from "@/domain/assignments/grade-rubric";
import { parseCsv } from "@/domain/cohorts/csv";
import { ROSTER_TOO_LARGE_MESSAGE } from "@/domain/cohorts/roster-limits";
import { parseRoster, RosterRowSchema } from "@/domain/cohorts/roster";
import { parseCheckAnswers } from "@/domain/content/check-answer-schema";
import type { KnowledgeCheck } from "@/domain/content/check-schema";
import type { DomainMessage } from "@/domain/message";
import { CohortSchema, ExtensionSchema, MemberSchema, ModuleDeadlineSchema, OrganizationSchema } from "@/domain/organizations/organization-schemas";
import { RichTextDocSchema } from "@/domain/rich-text/rich-text-schema";
import { answerSchemaFor } from "@/domain/simulations/answer-schema";
import type { Simulation } from "@/domain/simulations/simulation-schema";
import { CONTROL_CHARACTER_MESSAGE } from "@/domain/text/clean-text";
import { isMessageKey } from "@/lib/i18n/translate";

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};
const keyOf = (message: DomainMessage) => message.key;

const simulation = {
  parts: [
    { id: "rate", input: { kind: "choice", options: [{ value: "a" }, { value: "b" }] } },
    { id: "goods", input: { kind: "multi-choice", options: [{ value: "x" }, { value: "y" }] } },
    { id: "duty", input: { kind: "number" } },
  ],
} as unknown as Simulation;

const check = {
  questions: [
    { id: "single", kind: "single", options: [{ id: "a" }, { id: "b" }] },
    { id: "multiple", kind: "multiple", options: [{ id: "a" }, { id: "b" }] },
    { id: "unknown", kind: "multiple", options: [{ id: "a" }] },
    { id: "numeric", kind: "numeric" },
    { id: "ordering", kind: "ordering", items: [{ id: "p" }, { id: "q" }] },
    { id: "same", kind: "ordering", items: [{ id: "p" }, { id: "q" }] },
  ],
} as unknown as KnowledgeCheck;

const assignment = { rubric: [{ id: "clarity", levels: [{ points: 0 }, { points: 2 }] }], passMark: 0.5 } as unknown as Assignment;

/** Every message the domain's user-facing validation can produce, from bad input of every kind. */
function everyDomainMessage(): string[] {
  const rubric = (() => {
    try {
      gradeRubric(assignment, { clarity: 9, other: 0 });
      return [];
    } catch (error) {
      if (!(error instanceof RubricSelectionError)) throw error;
      return [error.message, ...Object.values(error.fieldErrors).flat()];
    }
  })();
  const deep: unknown = Array.from({ length: 60 }).reduce<unknown>((node) => ({ type: "blockquote", content: [node] }), { type: "paragraph" });
  const csv = parseCsv('a,b\n"open');
  return [
    ...messagesOf(EmailSchema, "nope"),
    ...messagesOf(EmailSchema, `${"a".repeat(250)}@example.com`),
    ...messagesOf(NewPasswordSchema, "short"),
    ...messagesOf(NewPasswordSchema, "1".repeat(201)),
    ...messagesOf(NewPasswordSchema, "no digits here at all"),
    ...messagesOf(SignUpSchema, { name: "", email: "lina@example.com", password: "lina-password-1" }),
    ...messagesOf(SignUpSchema, { name: "x".repeat(101), email: "x", password: "" }),
    ...messagesOf(SignInSchema, { email: "x", password: "" }),
    ...messagesOf(OrganizationSchema, { name: "", kind: "SCHOOL" }),
    ...messagesOf(OrganizationSchema, { name: "Bad\u0000Org", kind: "COMPANY" }),
    ...messagesOf(MemberSchema, { email: "nope", role: "OWNER", name: "x".repeat(121) }),
    ...messagesOf(CohortSchema, { name: "", trackIds: [], startsOn: "soon", endsOn: "later" }),
    ...messagesOf(CohortSchema, { name: "Cohort", trackIds: ["t".repeat(101)], startsOn: "2026-02-01", endsOn: "2026-01-01" }),
    ...messagesOf(ExtensionSchema, { module: "bad", dueOn: "soon", reason: "x" }),
    ...messagesOf(ExtensionSchema, { module: "a/b", dueOn: "2026-01-01", reason: "x".repeat(501) }),
    ...messagesOf(ModuleDeadlineSchema, { module: "bad", dueOn: "soon" }),
    ...messagesOf(RosterRowSchema, { email: "x", name: "", studentId: "bad id!" }),
    ...messagesOf(RosterRowSchema, { email: "a@b.co", name: "A", studentId: "x".repeat(65) }),
    ...messagesOf(answerSchemaFor(simulation), { rate: "c", goods: ["x", "x", "z"], duty: "twelve" }),
    ...Object.values((parseCheckAnswers(check, { unknown: "z", numeric: "a lot", "same.p": "1", "same.q": "1" }) as { fieldErrors: Record<string, string[]> }).fieldErrors).flat(),
    ...messagesOf(RichTextDocSchema, deep),
    ...messagesOf(RichTextDocSchema, { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] }),
    ...messagesOf(RichTextDocSchema, { type: "doc", content: Array.from({ length: 2 }, () => ({ type: "paragraph", content: [{ type: "text", text: "w".repeat(20_001) }] })) }),
    ...rubric,
    ...("error" in csv ? [keyOf(csv.error)] : []),
    ...[parseRoster(""), parseRoster("a,b\n1,2"), parseRoster(`email,name\n${"a@b.co,A\n".repeat(5001)}`)].map((r) => keyOf(r.fileError!)),
    ...parseRoster("email,name\na@b.co,A,extra\nnope,\nc@d.co,C\nc@d.co,C").problems.flatMap((p) => p.reasons.map(keyOf)),
    CONTROL_CHARACTER_MESSAGE,
    ROSTER_TOO_LARGE_MESSAGE,
  ];
}

describe("domain messages", () => {
  it("are catalogue keys, whatever bad input produced them (so every one has an English and a Chinese text)", () => {
    const messages = everyDomainMessage();
    expect(new Set(messages).size).toBeGreaterThan(40);
    expect(messages.filter((m) => !isMessageKey(m))).toEqual([]);
  });

  it("name only keys that exist, in every domain file", () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith(".ts") ? [join(dir, name)] : []));
    const named = files("domain").flatMap((file) => [...readFileSync(file, "utf8").matchAll(/["'`](errors\.[A-Za-z0-9]+)["'`]/g)].map((m) => `${file}: ${m[1]}`));
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((entry) => !isMessageKey(entry.split(": ")[1]!))).toEqual([]);
  });
});
