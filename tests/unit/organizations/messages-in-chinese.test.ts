import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { CohortSchema, ExtensionSchema, MemberSchema, ModuleDeadlineSchema, OrganizationSchema } from "@/domain/organizations/organization-schemas";
import { errorText } from "@/lib/error-text";

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

// What the organization services throw in English (server/services, server/organizations).
const SERVICE_MESSAGES = [
  "Check the highlighted fields.",
  "Only the organization's admins can do this.",
  "No such organization.",
  "No such cohort.",
  "No such learner in this cohort.",
  "No account uses this email yet. Enter the person's name to create one.",
  "Choose a module of this cohort",
  "Choose tracks from the list",
  "This invite code is not valid.",
  "An organization needs at least one admin. Add another admin first.",
  "This learner has already set a password.",
];

describe("organization messages", () => {
  it("every validation and service message an org admin can see has a Chinese text", () => {
    const messages = [
      ...messagesOf(OrganizationSchema, { name: "", kind: "SCHOOL" }),
      ...messagesOf(MemberSchema, { email: "nope", role: "OWNER", name: "x".repeat(121) }),
      ...messagesOf(CohortSchema, { name: "", trackIds: [], startsOn: "soon", endsOn: "later" }),
      ...messagesOf(CohortSchema, { name: "Cohort", trackIds: ["t"], startsOn: "2026-02-01", endsOn: "2026-01-01" }),
      ...messagesOf(ExtensionSchema, { module: "bad", dueOn: "soon", reason: "x" }),
      ...messagesOf(ExtensionSchema, { module: "a/b", dueOn: "2026-01-01", reason: "x".repeat(501) }),
      ...messagesOf(ModuleDeadlineSchema, { module: "bad", dueOn: "soon" }),
      ...SERVICE_MESSAGES,
    ];
    expect(messages.length).toBeGreaterThan(SERVICE_MESSAGES.length + 10);
    expect(messages.filter((m) => errorText(m, "zh") === m)).toEqual([]);
  });
});
