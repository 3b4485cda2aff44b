import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "./errors";
import { clientIp } from "./rate-limits/client-ip";
import { authenticate } from "./services/authenticate";

/**
 * next-auth 4 (stable, supports Next 16) with email + password and JWT sessions. The token carries
 * only the user id: role and name are read from the database on every request (see authorize.ts),
 * so a role change or a deleted account takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const ip = clientIp((request.headers ?? {}) as Record<string, string | undefined>);
          const user = await authenticate({ email: credentials?.email, password: credentials?.password }, { ip });
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          // next-auth passes the message to the sign-in form as `error`.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user = { ...session.user, id: token.uid } as typeof session.user;
      return session;
    },
  },
};
