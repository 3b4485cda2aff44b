import { IntlMessageFormat } from "intl-messageformat";
import { LOCALE_TAGS, type Locale } from "@/domain/content/locale";
import type { Catalogue, MessageKey, MessageParams } from "./catalogue";
import { en } from "./en";
import { zh } from "./zh";

// Adding a UI language: one catalogue file typed `Catalogue`, and its locale id in domain/content/locale.ts.
const CATALOGUES: Record<Locale, Catalogue> = { en, zh };

const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}:${key}`;
  let message = compiled.get(id);
  if (!message) {
    const [namespace, name] = key.split(".") as [keyof Catalogue, string];
    const source = (CATALOGUES[locale][namespace] as Record<string, string> | undefined)?.[name];
    if (source === undefined) throw new Error(`No message ${key} in the ${locale} catalogue`);
    message = new IntlMessageFormat(source, LOCALE_TAGS[locale]);
    compiled.set(id, message);
  }
  return message;
}

/** The message `key` in `locale`, with its ICU arguments filled in. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return String(format(locale, key).format(params));
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

/** `translate` bound to one locale, for a page or an email: `const t = translator(lang); t("common.signIn")`. */
export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

/** True when `key` names a message (for keys that arrive as data, e.g. from validation). */
export function isMessageKey(key: string): key is MessageKey {
  const [namespace, name, ...rest] = key.split(".");
  return rest.length === 0 && namespace !== undefined && name !== undefined && Object.hasOwn(en, namespace) && Object.hasOwn(en[namespace as keyof typeof en], name);
}
