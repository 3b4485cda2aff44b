import { describe, expect, it } from "vitest";
import { localizedPriceDisplay, type LocalizedPriceParams } from "@/domain/simulations/engines/growth/localized-price-display";

const solve = (params: LocalizedPriceParams) => localizedPriceDisplay.solve(params).answer;

describe("localized price display", () => {
  it("keys a German checkout in 2024 with giropay and in 2025 without it", () => {
    expect(solve({ asOf: "2024-11-15", market: "DE", rawAmount: 12345.675 })).toEqual({
      currency: "EUR", displayedAmount: 12345.68, digits: "latin", groupSeparator: "dot", decimalSeparator: "comma", symbolPosition: "after",
      datePattern: "dmy-dot-2", direction: "ltr", labelLanguage: "de", paymentMethods: ["paypal", "sepa-direct-debit", "invoice", "klarna", "giropay"],
    });
    expect(solve({ asOf: "2025-01-01", market: "DE", rawAmount: 12345.675 }).paymentMethods).not.toContain("giropay");
  });

  it("rounds yen and rupiah to whole units and keeps two decimals elsewhere", () => {
    expect(solve({ asOf: "2026-11-24", market: "JP", rawAmount: 2999.5 }).displayedAmount).toBe(3000);
    expect(solve({ asOf: "2026-11-24", market: "ID", rawAmount: 45678.49 }).displayedAmount).toBe(45678);
    expect(solve({ asOf: "2026-11-24", market: "MX", rawAmount: 1000.005 }).displayedAmount).toBe(1000.01);
  });

  it("keys Saudi prices with Arabic-Indic digits, right to left, and the UAE with Latin digits", () => {
    expect(solve({ asOf: "2026-11-24", market: "SA", rawAmount: 1500 })).toMatchObject({ digits: "arabic-indic", groupSeparator: "arabic", direction: "rtl", labelLanguage: "ar" });
    expect(solve({ asOf: "2026-11-24", market: "AE", rawAmount: 1500 })).toMatchObject({ digits: "latin", groupSeparator: "comma", direction: "rtl", labelLanguage: "ar-en" });
  });

  it("names the seller's home conventions as the misconception", () => {
    const params: LocalizedPriceParams = { asOf: "2026-11-24", market: "DE", rawAmount: 2500 };
    const mistakes = localizedPriceDisplay.predictMistakes(params, localizedPriceDisplay.solve(params));
    expect(mistakes).toContainEqual({ part: "datePattern", code: "used-origin-date-format", value: "ymd-slash-4" });
    expect(mistakes).toContainEqual({ part: "symbolPosition", code: "used-origin-currency-format", value: "before" });
    expect(mistakes).toContainEqual({ part: "paymentMethods", code: "giropay-after-shutdown", value: ["paypal", "sepa-direct-debit", "invoice", "klarna", "giropay"] });
  });

  it("rejects dates before the sources' window and amounts outside the case range", () => {
    expect(localizedPriceDisplay.paramsSchema.safeParse({ asOf: "2023-12-31", market: "DE", rawAmount: 2500 }).success).toBe(false);
    expect(localizedPriceDisplay.paramsSchema.safeParse({ asOf: "2026-01-01", market: "XX", rawAmount: 2500 }).success).toBe(false);
  });
});
