"use server";
import { runAction, type ActionResult } from "@/server/action-result";
import { createAccount } from "@/server/services/create-account";

// Server action – create a learner account (public: anyone may sign up).
export async function signUpAction(lang: string, _previous: ActionResult<{ email: string }> | null, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const account = await createAccount({ name: form.get("name"), email: form.get("email"), password: form.get("password") }, lang);
    return { email: account.email };
  });
}
