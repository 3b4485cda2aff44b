import { z } from "zod";
import { EmailSchema } from "../accounts/account-schemas";
import { cleanText } from "../text/clean-text";

export const OrganizationSchema = z.object({
  name: cleanText(z.string().trim().min(2, "errors.enterOrganizationName").max(120, "errors.nameTooLong")),
  kind: z.enum(["UNIVERSITY", "COMPANY"], { error: "errors.chooseOrganizationKind" }),
});
export type OrganizationInput = z.infer<typeof OrganizationSchema>;

export const MemberSchema = z.object({
  email: EmailSchema,
  role: z.enum(["ORG_ADMIN", "INSTRUCTOR"], { error: "errors.chooseMemberRole" }),
  /** Only used when no account has this email yet: the name of the account created for the person. */
  name: cleanText(z.string().trim().max(120, "errors.nameTooLong")).optional().transform((value) => value || undefined),
});
export type MemberInput = z.infer<typeof MemberSchema>;

/** A calendar date from an `<input type="date">`, as midnight UTC. */
const DateSchema = z.iso.date({ error: "errors.enterDate" }).transform((value) => new Date(`${value}T00:00:00Z`));
/** A deadline date: due at the end of that day, UTC (23:59:59.999), so "due 1 March" includes 1 March. */
export const DueDateSchema = z.iso.date({ error: "errors.enterDate" }).transform((value) => new Date(`${value}T23:59:59.999Z`));

export const CohortSchema = z
  .object({
    name: cleanText(z.string().trim().min(2, "errors.enterCohortName").max(120, "errors.nameTooLong")),
    trackIds: z.array(z.string().max(100, "errors.chooseTracksFromList")).min(1, "errors.chooseTrack").max(50, "errors.chooseTracksFromList"),
    startsOn: DateSchema,
    endsOn: DateSchema,
    /** Module deadlines keyed `trackId/moduleId`; empty values are no deadline. */
    deadlines: z.record(z.string(), z.union([z.literal(""), DueDateSchema])).default({}),
  })
  // zod runs this even when a date failed to parse (then still a string): compare only real dates.
  .refine((value) => !(value.startsOn instanceof Date && value.endsOn instanceof Date) || value.endsOn.getTime() >= value.startsOn.getTime(), {
    path: ["endsOn"],
    message: "errors.endBeforeStart",
  });
export type CohortInput = z.infer<typeof CohortSchema>;

export const ExtensionSchema = z.object({
  module: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "errors.chooseModule"),
  dueOn: DueDateSchema,
  reason: cleanText(z.string().trim().min(3, "errors.giveReason").max(500, "errors.reasonTooLong"), { multiline: true }),
});
export type ExtensionInput = z.infer<typeof ExtensionSchema>;

/** A cohort's deadline for one module, set after the cohort was created; an empty date clears it. */
export const ModuleDeadlineSchema = z.object({
  module: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "errors.chooseModule"),
  dueOn: z.union([z.literal(""), DueDateSchema], { error: "errors.enterDate" }),
});
export type ModuleDeadlineInput = z.infer<typeof ModuleDeadlineSchema>;
