import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isLocale } from "@/domain/content/locale";
import { safeReturnPath } from "@/lib/safe-return-path";
import { env } from "./env";
import { AppError } from "./errors";
import { clientIp } from "./rate-limits/client-ip";
import { authenticate } from "./services/authenticate";

/**
 * next-auth 4 (stable, supports Next 16) with email + password and JWT sessions. The token carries
 * only the user id and the account's session version: role and name are read from the database on
 * every request (see authorize.ts), so a role change, a deleted account or a new password (which
 * raises the version) takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Secure (and __Secure-/__Host- prefixed) cookies when the public origin is https, whatever
  // NEXTAUTH_URL says; read when next-auth reads it, not at import (the build imports this module).
  get useSecureCookies() {
    const publicUrl = env().PUBLIC_URL;
    return publicUrl ? new URL(publicUrl).protocol === "https:" : undefined;
  },
  pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        // The sign-in form posts its page's language with the credentials (lib/sign-in-with-password.ts).
        const lang = (request.body as Record<string, unknown> | undefined)?.lang;
        const locale = typeof lang === "string" && isLocale(lang) ? lang : "en";
        try {
          const ip = clientIp((request.headers ?? {}) as Record<string, string | undefined>);
          const user = await authenticate({ email: credentials?.email, password: credentials?.password }, { ip });
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth passes the message to the sign-in form as `error`.
          if (error instanceof AppError) throw new Error(error.localizedMessage(locale));
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    /** After sign-in or sign-out, only a path on this site: anything else goes to the home page. */
    redirect({ url, baseUrl }) {
      const base = new URL(baseUrl);
      let path = url;
      if (!url.startsWith("/")) {
        try {
          const absolute = new URL(url);
          if (absolute.origin !== base.origin) return baseUrl;
          path = `${absolute.pathname}${absolute.search}${absolute.hash}`;
        } catch {
          return baseUrl;
        }
      }
      return `${base.origin}${safeReturnPath(path, "/")}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user = { ...session.user, id: token.uid, sessionVersion: token.sv ?? 0 } as typeof session.user;
      return session;
    },
  },
};
