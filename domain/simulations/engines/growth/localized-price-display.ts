/**
 * Engine: a storefront localization check for one market. From an unrounded order total in the
 * market's currency and a date, it keys what the shopper should see (currency, rounded amount,
 * digits, separators, symbol position, short-date pattern, writing direction) through Intl/CLDR,
 * and the market rules as of the date: mandatory label language and expected payment methods.
 */
import { z } from "zod";
import { IsoDateSchema } from "../../../rules/rule";
import {
  CLDR_FORMATTING,
  PRICE_DISPLAY_ROUNDING,
  decimalSeparator,
  describePrice,
  displayDecimals,
  describePriceIn,
  formatShortDate,
  shortDatePattern,
  shortDatePatternIn,
  textDirection,
  type PriceDescription,
} from "../../../rules/localization-format";
import { MARKETS, expectedPaymentMethods, labelLanguage, marketProfile } from "../../../rules/localization-markets";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= "2024-01-01", "localization cases start on 2024-01-01"),
  market: z.enum(MARKETS),
  /** Order total in the market's currency as the pricing service computed it, before display rounding. */
  rawAmount: z.number().min(1000).max(999_999),
});
export type LocalizedPriceParams = z.infer<typeof ParamsSchema>;

/** The seller's home habits (a Chinese seller): the source of `used-origin-*` misconceptions. */
const ORIGIN_LOCALE = "zh-CN";
const ORIGIN_CURRENCY = "CNY";

/**
 * Separators, symbol position and digits of a price do not depend on the amount once it has four
 * or more integer digits (every case amount does, and zh-CN and en-US group from four), so the
 * origin and US conventions are described once.
 */
const REFERENCE_AMOUNT = 1234.5;
let referenceConventions: { origin: PriceDescription; us: PriceDescription } | undefined;
function conventionsToConfuse() {
  referenceConventions ??= { origin: describePriceIn(REFERENCE_AMOUNT, ORIGIN_LOCALE, ORIGIN_CURRENCY), us: describePriceIn(REFERENCE_AMOUNT, "en-US", "USD") };
  return referenceConventions;
}

export const localizedPriceDisplay: Engine<LocalizedPriceParams> = {
  id: "localized-price-display",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const profile = marketProfile(p.market);
    const price = describePrice(p.rawAmount, p.market);
    const language = labelLanguage(p.market);
    const payments = expectedPaymentMethods(p.market, p.asOf);
    const direction = textDirection(p.market);
    const datePattern = shortDatePattern(p.asOf, p.market);
    const cldr = citeRule(CLDR_FORMATTING);
    const currency = profile.value.currency;
    const shownDate = formatShortDate(p.asOf, p.market);
    const methods = [...payments.value];

    return {
      answer: {
        currency,
        displayedAmount: price.amount,
        digits: price.digits,
        groupSeparator: price.groupSeparator,
        decimalSeparator: decimalSeparator(p.market),
        symbolPosition: price.symbolPosition,
        datePattern,
        direction,
        labelLanguage: language.value,
        paymentMethods: methods,
      },
      explanation: {
        en:
          `${p.market} prices are in ${currency}, shown with ${price.decimals} decimal(s): ${p.rawAmount} is displayed as "${price.text}" (${profile.value.locale}, CLDR via Intl). ` +
          `Digits ${price.digits}; group separator ${price.groupSeparator}; decimal separator ${decimalSeparator(p.market)}; symbol ${price.symbolPosition} the amount. ` +
          `${p.asOf} is written "${shownDate}" (${datePattern}); the script runs ${direction}. Labels: ${language.value}. ` +
          `Local payment methods on ${p.asOf}: ${methods.join(", ")}.`,
        zh:
          `${p.market} 以 ${currency} 标价，显示 ${price.decimals} 位小数：${p.rawAmount} 显示为“${price.text}”（${profile.value.locale}，通过 Intl 使用 CLDR）。` +
          `数字 ${price.digits}；千位分隔符 ${price.groupSeparator}；小数分隔符 ${decimalSeparator(p.market)}；货币符号位于金额${price.symbolPosition === "before" ? "之前" : "之后"}。` +
          `${p.asOf} 写作“${shownDate}”（${datePattern}）；书写方向 ${direction}。标签语言：${language.value}。` +
          `${p.asOf} 时的本地支付方式：${methods.join("、")}。`,
      },
      partRules: {
        currency: [citeRule(profile)],
        displayedAmount: [citeRule(profile), citeRule(PRICE_DISPLAY_ROUNDING)],
        digits: [cldr],
        groupSeparator: [cldr],
        decimalSeparator: [cldr],
        symbolPosition: [cldr],
        datePattern: [cldr],
        direction: [cldr],
        labelLanguage: [citeRule(language)],
        paymentMethods: [citeRule(payments)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const key = solution.answer;
    const { origin, us } = conventionsToConfuse();
    const mistakes: PredictedMistake[] = [
      { part: "currency", code: "used-origin-currency", value: ORIGIN_CURRENCY },
      { part: "currency", code: "used-usd-everywhere", value: "USD" },
      { part: "digits", code: "used-origin-currency-format", value: origin.digits },
      { part: "groupSeparator", code: "used-origin-currency-format", value: origin.groupSeparator },
      { part: "decimalSeparator", code: "used-origin-currency-format", value: origin.decimalSeparator },
      { part: "symbolPosition", code: "used-origin-currency-format", value: origin.symbolPosition },
      { part: "datePattern", code: "used-origin-date-format", value: shortDatePatternIn(p.asOf, ORIGIN_LOCALE) },
      { part: "datePattern", code: "used-us-date-format", value: shortDatePatternIn(p.asOf, "en-US") },
      { part: "direction", code: "rtl-ignored", value: "ltr" },
      { part: "labelLanguage", code: "english-label-assumed", value: "en" },
      { part: "labelLanguage", code: "origin-language-label", value: "zh" },
    ];
    if (us.groupSeparator !== origin.groupSeparator) mistakes.push({ part: "groupSeparator", code: "used-us-number-format", value: us.groupSeparator });

    const displayed = key.displayedAmount as number;
    const decimals = displayDecimals(p.market);
    if (decimals === 0) mistakes.push({ part: "displayedAmount", code: "zero-decimal-currency-ignored", value: Math.round(p.rawAmount * 100) / 100 });
    const truncated = Math.trunc(p.rawAmount * 10 ** decimals) / 10 ** decimals;
    if (truncated !== displayed) mistakes.push({ part: "displayedAmount", code: "truncated-instead-of-rounded", value: truncated });

    // Market-specific slips come first: the first matching prediction names the misconception.
    const specific: PredictedMistake[] = [];
    if (p.market === "PL") specific.push({ part: "groupSeparator", code: "grouped-four-digits", value: "nbsp" });
    if (p.market === "FR") specific.push({ part: "groupSeparator", code: "wrong-space-character", value: "nbsp" });
    if (p.market === "SA") specific.push({ part: "digits", code: "assumed-latin-digits", value: "latin" });
    if (p.market === "AE") specific.push({ part: "digits", code: "assumed-arabic-indic-digits", value: "arabic-indic" });
    if (p.market === "AE") specific.push({ part: "labelLanguage", code: "uae-english-missing", value: "ar" });

    const methods = key.paymentMethods as string[];
    if (p.market === "DE" && !methods.includes("giropay")) mistakes.push({ part: "paymentMethods", code: "giropay-after-shutdown", value: [...methods, "giropay"] });
    for (const extra of [["alipay"], ["wechat-pay"], ["alipay", "wechat-pay"]]) {
      mistakes.push({ part: "paymentMethods", code: "origin-payment-methods", value: [...methods, ...extra] });
    }
    return [...specific, ...mistakes];
  },
};
