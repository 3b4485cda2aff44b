"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { updateProfile } from "@/server/services/update-profile";
import { FormDataSchema, LangSchema, parseInput } from "@/server/validation";

const UpdateProfileArgsSchema = z.object({ lang: LangSchema, form: FormDataSchema });

// Server action – change one's own display name and preferred language (signed in; only one's own account).
export async function updateProfileAction(lang: string, _previous: ActionResult<{ name: string; locale: string }> | null, form: FormData): Promise<ActionResult<{ name: string; locale: string }>> {
  const result = await runAction(async () => {
    const args = parseInput(UpdateProfileArgsSchema, { lang, form });
    return updateProfile(await authorize(), { name: args.form.get("name"), locale: args.form.get("locale") });
  }, lang);
  if (result.ok) revalidatePath(`/${lang}`, "layout"); // the header shows the name
  return result;
}
