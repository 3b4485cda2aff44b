"use client";
import { useEffect, useState } from "react";
import type { Locale } from "@/domain/content/locale";

/** A one-time set-password link (`/<lang>/welcome/<token>`) as the admin copies it, with this site's origin. */
export function SetupLink({ lang, token, testId }: { lang: Locale; token: string; testId?: string }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return <code className="wrap" data-testid={testId}>{`${origin}/${lang}/welcome/${token}`}</code>;
}
