import { z } from "zod";
import { cleanText } from "../text/clean-text";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "errors.emailInvalid" }).max(254, "errors.emailTooLong"));

/**
 * Password policy: length matters most (NIST SP 800-63B); we ask for 10+ characters with a letter
 * and a digit, and refuse passwords that contain the email's local part.
 */
export const NewPasswordSchema = z
  .string()
  .min(10, "errors.useAtLeastCharacters")
  .max(200, "errors.useAtMostCharacters")
  .regex(/\p{L}/u, "errors.passwordNeedsLetter")
  .regex(/\d/, "errors.passwordNeedsDigit");

export const SignUpSchema = z
  .object({
    name: cleanText(z.string().trim().min(1, "errors.enterYourName").max(100, "errors.nameTooLong")),
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .superRefine((value, ctx) => {
    const local = value.email.split("@")[0] ?? "";
    if (local.length >= 4 && value.password.toLowerCase().includes(local)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "errors.passwordContainsEmail" });
    }
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "errors.enterYourPassword").max(200),
});
