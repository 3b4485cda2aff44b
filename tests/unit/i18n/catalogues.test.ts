// Every locale's catalogue says the same things: each message parses as ICU, uses the same
// arguments as the English source, and formats with them.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/domain/content/locale";
import type { Catalogue, MessageKey } from "@/lib/i18n/catalogue";
import { en } from "@/lib/i18n/en";
import { isMessageKey, translate } from "@/lib/i18n/translate";
import { zh } from "@/lib/i18n/zh";

const CATALOGUES: Record<(typeof LOCALES)[number], Catalogue> = { en, zh };

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const keys = Object.entries(en).flatMap(([namespace, messages]) => Object.keys(messages).map((name) => `${namespace}.${name}` as MessageKey));
const source = (catalogue: Catalogue, key: MessageKey) => {
  const [namespace, name] = key.split(".") as [keyof Catalogue, string];
  return (catalogue[namespace] as Record<string, string>)[name]!;
};

describe("message catalogues", () => {
  it("have the English keys in every locale, and nothing more", () => {
    for (const locale of LOCALES) {
      const catalogue = CATALOGUES[locale];
      expect(Object.keys(catalogue).sort(), locale).toEqual(Object.keys(en).sort());
      for (const namespace of Object.keys(en) as (keyof Catalogue)[]) expect(Object.keys(catalogue[namespace]).sort(), `${locale} ${namespace}`).toEqual(Object.keys(en[namespace]).sort());
    }
  });

  it("use the same ICU arguments as the English message, and format with them", () => {
    for (const key of keys) {
      const expected = [...argumentsOf(parse(source(en, key)))].sort();
      for (const locale of LOCALES) {
        expect([key, [...argumentsOf(parse(source(CATALOGUES[locale], key)))].sort()], locale).toEqual([key, expected]);
        const params = Object.fromEntries(expected.map((name) => [name, 2]));
        expect(translate(locale, key, params).length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it("format plurals, percents and arguments per locale", () => {
    expect(translate("en", "common.certificatePolicyText", { passMark: 0.8, months: 1 })).toBe("Score at least 80% on every graded case of the required modules. Valid for 1 month.");
    expect(translate("en", "common.certificatePolicyText", { passMark: 0.8, months: 24 })).toContain("Valid for 24 months.");
    expect(translate("zh", "common.certificatePolicyText", { passMark: 0.8, months: 24 })).toBe("必修模块的每个评分案例得分不低于 80%。证书有效期 24 个月。");
    expect(translate("zh", "common.startAttempt", { n: 2, limit: 3 })).toBe("开始第 2 次作答（共 3 次）");
  });

  it("recognize keys that arrive as data", () => {
    expect(isMessageKey("common.signIn")).toBe(true);
    expect(isMessageKey("common.noSuchKey")).toBe(false);
    expect(isMessageKey("__proto__.x")).toBe(false);
    expect(isMessageKey("Enter a valid email address")).toBe(false);
  });
});
