/**
 * Signs in through next-auth's credentials endpoint as `next-auth/react`'s signIn does (CSRF token,
 * form post, JSON answer), without shipping that module to every page.
 * Returns null on success, else next-auth's error (the server's message, or "CredentialsSignin").
 */
export async function signInWithPassword(email: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: window.location.href }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  if (!url) return "Something went wrong on our side. Your work is saved; please try again.";
  const error = new URL(url, window.location.origin).searchParams.get("error");
  return response.ok && !error ? null : (error ?? "CredentialsSignin");
}
