import { z } from "zod";

/** Text that exists in every locale; authors must give both. */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().trim().min(1, "English text is required"),
  zh: z.string().trim().min(1, "Chinese (zh-CN) text is required"),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
