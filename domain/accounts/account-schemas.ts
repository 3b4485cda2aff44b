import { z } from "zod";
import { cleanText } from "../text/clean-text";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address" }).max(254, "Email is too long"));

/**
 * Password policy: length matters most (NIST SP 800-63B); we ask for 10+ characters with a letter
 * and a digit, and refuse passwords that contain the email's local part.
 */
export const NewPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .regex(/\p{L}/u, "Include at least one letter")
  .regex(/\d/, "Include at least one digit");

export const SignUpSchema = z
  .object({
    name: cleanText(z.string().trim().min(1, "Enter your name").max(100, "Name is too long")),
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .superRefine((value, ctx) => {
    const local = value.email.split("@")[0] ?? "";
    if (local.length >= 4 && value.password.toLowerCase().includes(local)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "Do not use your email address in the password" });
    }
  });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});
