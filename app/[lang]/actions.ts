"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALES } from "@/domain/content/locale";

// next-auth 4 keeps the whole session in this cookie (JWT strategy, possibly split into .0, .1, …,
// and with the __Secure- prefix over https): removing it signs out, without shipping next-auth's
// client module to every page.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Server action – signs the visitor out and goes to the home page in their language (any other value: English). */
export async function signOutAction(lang: unknown): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    // A __Secure- cookie can only be overwritten by a Secure one.
    if (SESSION_COOKIE.test(name)) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect(`/${(LOCALES as readonly unknown[]).includes(lang) ? lang : "en"}`);
}
