import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to a server action without React's automatic form reset, so that what a person
 * typed stays on screen when the server answers with errors ("nothing is lost").
 */
export function submitWithoutReset(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Include the clicked button's name/value (e.g. intent=submit), as a native submit would.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement && submitter.name ? submitter : null);
    startTransition(() => dispatch(form));
  };
}
