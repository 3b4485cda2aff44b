"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { authorize } from "@/server/authorize";
import { markNotificationsRead } from "@/server/services/list-notifications";
import { LangSchema, parseInput } from "@/server/validation";

// Server action – mark the signed-in user's own notifications read.
export async function markNotificationsReadAction(lang: string, _previous: ActionResult | null): Promise<ActionResult> {
  const result = await runAction(async () => {
    parseInput(LangSchema, lang);
    return markNotificationsRead(await authorize());
  }, lang);
  if (result.ok) revalidatePath(`/${lang}`, "layout");
  return result as ActionResult;
}
