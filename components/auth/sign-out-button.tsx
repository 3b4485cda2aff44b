"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label, lang }: { label: string; lang: string }) {
  return (
    <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: `/${lang}` })}>
      {label}
    </button>
  );
}
