import { signOutAction } from "@/app/[lang]/actions";

/** A plain form (no client JavaScript of its own) that signs out through a server action. */
export function SignOutButton({ label, lang }: { label: string; lang: string }) {
  return (
    <form action={signOutAction.bind(null, lang)} className="inline-form">
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
