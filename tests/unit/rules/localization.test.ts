/**
 * Known answers from the dossier's §7, generated with Node 20.20.2 (ICU 78.2, CLDR 48.0) for the
 * value 1234567.891 and the date 2026-11-24 15:30. A newer ICU may change a format; then these
 * tests name the market whose key moved.
 */
import { describe, expect, it } from "vitest";
import {
  describePrice,
  decimalSeparator,
  displayDecimals,
  formatNumber,
  formatPrice,
  formatShortDate,
  formatShortTime,
  formatWeight,
  shortDatePattern,
  textDirection,
} from "@/domain/rules/localization-format";
import { MARKETS, expectedPaymentMethods, labelLanguage, marketProfile, type Market } from "@/domain/rules/localization-markets";
import { NoRuleInForceError } from "@/domain/rules/rule";

const DOSSIER: Record<Market, { number: string; price: string; date: string; time: string; decimals: number; direction: "ltr" | "rtl" }> = {
  DE: { number: "1.234.567,891", price: "1.234.567,89\u00a0€", date: "24.11.26", time: "15:30", decimals: 2, direction: "ltr" },
  FR: { number: "1\u202f234\u202f567,891", price: "1\u202f234\u202f567,89\u00a0€", date: "24/11/2026", time: "15:30", decimals: 2, direction: "ltr" },
  JP: { number: "1,234,567.891", price: "￥1,234,568", date: "2026/11/24", time: "15:30", decimals: 0, direction: "ltr" },
  BR: { number: "1.234.567,891", price: "R$\u00a01.234.567,89", date: "24/11/2026", time: "15:30", decimals: 2, direction: "ltr" },
  SA: { number: "١٬٢٣٤٬٥٦٧٫٨٩١", price: "\u200f١٬٢٣٤٬٥٦٧٫٨٩\u00a0ر.س.\u200f", date: "٢٤\u200f/١١\u200f/٢٠٢٦", time: "٣:٣٠ م", decimals: 2, direction: "rtl" },
  AE: { number: "1,234,567.891", price: "\u200f1,234,567.89\u00a0د.إ.\u200f", date: "24\u200f/11\u200f/2026", time: "3:30 م", decimals: 2, direction: "rtl" },
  US: { number: "1,234,567.891", price: "$1,234,567.89", date: "11/24/26", time: "3:30 PM", decimals: 2, direction: "ltr" },
  UK: { number: "1,234,567.891", price: "£1,234,567.89", date: "24/11/2026", time: "15:30", decimals: 2, direction: "ltr" },
  ID: { number: "1.234.567,891", price: "Rp\u00a01.234.568", date: "24/11/26", time: "15.30", decimals: 0, direction: "ltr" },
  MX: { number: "1,234,567.891", price: "$1,234,567.89", date: "24/11/26", time: "3:30 p.m.", decimals: 2, direction: "ltr" },
  PL: { number: "1\u00a0234\u00a0567,891", price: "1\u00a0234\u00a0567,89\u00a0zł", date: "24.11.2026", time: "15:30", decimals: 2, direction: "ltr" },
};

describe("localization through Intl (CLDR)", () => {
  it.each(MARKETS.map((market) => [market] as const))("formats %s as the dossier's §7 table", (market) => {
    const expected = DOSSIER[market];
    expect(formatNumber(1234567.891, market)).toBe(expected.number);
    expect(formatPrice(1234567.891, market)).toBe(expected.price);
    expect(formatShortDate("2026-11-24", market)).toBe(expected.date);
    expect(formatShortTime("15:30", market)).toBe(expected.time);
    expect(displayDecimals(market)).toBe(expected.decimals);
    expect(textDirection(market)).toBe(expected.direction);
  });

  it("does not group four-digit Polish numbers but groups five digits", () => {
    expect(formatPrice(1234, "PL")).toBe("1234,00\u00a0zł");
    expect(formatPrice(12345, "PL")).toBe("12\u00a0345,00\u00a0zł");
    expect(describePrice(1234, "PL").groupSeparator).toBe("none");
    expect(describePrice(12345, "PL").groupSeparator).toBe("nbsp");
  });

  it("describes a displayed price: rounded amount, separators, symbol position and digits", () => {
    expect(describePrice(1234.565, "DE")).toMatchObject({ amount: 1234.57, groupSeparator: "dot", decimalSeparator: "comma", symbolPosition: "after", digits: "latin" });
    expect(describePrice(1234.5, "JP")).toMatchObject({ amount: 1235, decimals: 0, decimalSeparator: "none", symbolPosition: "before" });
    expect(describePrice(1234.567, "SA")).toMatchObject({ amount: 1234.57, groupSeparator: "arabic", digits: "arabic-indic", symbolPosition: "after" });
    expect(describePrice(1234.567, "FR").groupSeparator).toBe("narrow-nbsp");
  });

  it("keeps ISO 4217 minor units apart from display decimals (IDR: 2 in ISO, 0 on screen)", () => {
    expect(marketProfile("ID").value.isoMinorUnit).toBe(2);
    expect(displayDecimals("ID")).toBe(0);
    expect(marketProfile("JP").value.isoMinorUnit).toBe(0);
  });

  it("codes short-date patterns and reads the locale's decimal separator", () => {
    expect(MARKETS.map((market) => shortDatePattern("2026-11-24", market))).toEqual([
      "dmy-dot-2", "dmy-slash-4", "ymd-slash-4", "dmy-slash-4", "dmy-slash-4", "dmy-slash-4", "mdy-slash-2", "dmy-slash-4", "dmy-slash-2", "dmy-slash-2", "dmy-dot-4",
    ]);
    expect(decimalSeparator("DE")).toBe("comma");
    expect(decimalSeparator("SA")).toBe("arabic");
    expect(decimalSeparator("AE")).toBe("dot");
  });

  it("shows weights in pounds for the US and kilograms elsewhere", () => {
    expect(formatWeight(2.5, "US")).toBe("5.5 lb");
    expect(formatWeight(2.5, "DE")).toBe("2,5 kg");
  });
});

describe("market rules as of a date", () => {
  it("drops giropay from German checkouts after its shutdown on 31 December 2024", () => {
    expect(expectedPaymentMethods("DE", "2024-12-31").value).toContain("giropay");
    expect(expectedPaymentMethods("DE", "2025-01-01").value).not.toContain("giropay");
    expect(expectedPaymentMethods("DE", "2025-01-01").id).toBe("localization.payment-methods.DE.from-2025-01-01");
  });

  it("expects Pix in Brazil and BLIK in Poland", () => {
    expect(expectedPaymentMethods("BR", "2026-11-24").value).toContain("pix");
    expect(expectedPaymentMethods("PL", "2026-11-24").value).toContain("blik");
  });

  it("has no payment-method rule before the sources' window", () => {
    expect(() => expectedPaymentMethods("DE", "2023-06-01")).toThrow(NoRuleInForceError);
  });

  it("requires labels in the destination's language (Arabic and English in the UAE)", () => {
    expect(labelLanguage("ID").value).toBe("id");
    expect(labelLanguage("MX").value).toBe("es");
    expect(labelLanguage("AE").value).toBe("ar-en");
  });

  it("gives every market rule an id and a source", () => {
    for (const market of MARKETS) {
      for (const rule of [marketProfile(market), labelLanguage(market), expectedPaymentMethods(market, "2026-11-24")]) {
        expect(rule.id).toMatch(new RegExp(`\\.${market}(\\.|$)`));
        expect(rule.sources.length).toBeGreaterThan(0);
      }
    }
  });
});
