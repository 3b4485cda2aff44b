import type { en } from "./en";

/** A catalogue with the English one's shape: the same namespaces and keys, any text. */
export type Catalogue = { [Namespace in keyof typeof en]: { [Key in keyof (typeof en)[Namespace]]: string } };

/** A message's address: "<namespace>.<key>", e.g. "common.signIn". */
export type MessageKey = { [Namespace in keyof typeof en]: `${Namespace & string}.${keyof (typeof en)[Namespace] & string}` }[keyof typeof en];

/** Values for a message's ICU arguments. */
export type MessageParams = Record<string, string | number | Date>;
