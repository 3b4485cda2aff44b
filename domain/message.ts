/**
 * A message as data, for domain results that carry one (a roster row's problem, a file's error):
 * a catalogue key of the `errors` namespace (lib/i18n/en.ts) and its ICU arguments. Domain code
 * knows no language; the boundary renders the message in the reader's (server/errors.ts).
 * zod messages in domain schemas are the same keys as plain strings ("errors.nameTooLong").
 */
export type DomainMessage = { key: `errors.${string}`; params?: Record<string, string | number> };
