"use client";
import { useSyncExternalStore } from "react";
import type { Locale } from "@/domain/content/locale";

// The origin never changes while the page is open; the server renders without it ("").
const neverChanges = () => () => {};

/** A one-time set-password link (`/<lang>/welcome/<token>`) as the admin copies it, with this site's origin. */
export function SetupLink({ lang, token, testId }: { lang: Locale; token: string; testId?: string }) {
  const origin = useSyncExternalStore(neverChanges, () => window.location.origin, () => "");
  return <code className="wrap" data-testid={testId}>{`${origin}/${lang}/welcome/${token}`}</code>;
}
