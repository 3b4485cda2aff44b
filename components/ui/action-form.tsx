"use client";
import { useActionState, type ReactNode } from "react";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type Result<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A form posting to a server action: keeps what was typed when the server answers with errors,
 * shows the message and each field's errors (by field name) above the button.
 */
export function ActionForm<T>({
  action,
  submitLabel,
  busyLabel,
  successText,
  className = "stack",
  testId,
  children,
}: {
  action: (previous: Result<T> | null, form: FormData) => Promise<Result<T>>;
  submitLabel: string;
  busyLabel?: string;
  successText?: string;
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <form className={className} onSubmit={submitWithoutReset(formAction)} noValidate data-testid={testId}>
      {children}
      {state && !state.ok ? (
        <div className="form-error" role="alert">
          <p>{state.message}</p>
          {fieldErrors.length ? (
            <ul>
              {fieldErrors.map(([field, messages]) => (
                <li key={field}>
                  <code>{field}</code>: {messages.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state?.ok && successText ? (
        <p className="small" role="status">
          {successText}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={pending}>
          {pending && busyLabel ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
