/**
 * Signs in through next-auth's credentials endpoint as `next-auth/react`'s signIn does (CSRF token,
 * form post, JSON answer), without shipping that module to every page. `lang` is posted with the
 * credentials so that the server's refusal comes back in the page's language.
 * Returns "signed-in"; `{ message }` with the server's message; "refused" for next-auth's bare
 * "CredentialsSignin"; "unexpected" when no answer could be read.
 */
export type SignInOutcome = "signed-in" | "refused" | "unexpected" | { message: string };

export async function signInWithPassword(email: string, password: string, lang: string): Promise<SignInOutcome> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, lang, json: "true", callbackUrl: window.location.href }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  if (!url) return "unexpected";
  const error = new URL(url, window.location.origin).searchParams.get("error");
  if (response.ok && !error) return "signed-in";
  return !error || error === "CredentialsSignin" ? "refused" : { message: error };
}
