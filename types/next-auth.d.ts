import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** `sessionVersion`: the account's User.sessionVersion when this session began (authorize.ts). */
    user: { id: string; email: string; name: string; sessionVersion?: number };
  }
  interface User {
    id: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** User.sessionVersion at sign-in; a password change raises it and this token stops working. */
    sv?: number;
  }
}
