/**
 * Multi-touch attribution arithmetic: how one conversion's credit is split across the touchpoints
 * of its path under the classic rule-based models, and the ROAS and CPA that follow.
 *
 * A path lists touchpoints oldest first, each with its channel and the days between the touch and
 * the conversion. Shares of one conversion sum to 1.
 */
import type { Rule } from "./rule";

const GOOGLE_MODELS = {
  title: "Google Ads Help, About attribution models (last click, first click, linear, time decay with a 7-day half-life, position-based 40/20/40); rule-based models other than last click were retired from Google Ads and GA4 in 2023",
  url: "https://support.google.com/google-ads/answer/6259715",
};

export type AttributionModel = "last-click" | "first-click" | "linear" | "time-decay" | "position-based";

export const ATTRIBUTION_MODELS: Record<AttributionModel, Rule<string>> = {
  "last-click": { id: "attribution.model.last-click", version: 1, summary: "All credit to the last touchpoint before the conversion", value: "last", from: "2000-01-01", sources: [GOOGLE_MODELS] },
  "first-click": { id: "attribution.model.first-click", version: 1, summary: "All credit to the first touchpoint of the path", value: "first", from: "2000-01-01", sources: [GOOGLE_MODELS] },
  linear: { id: "attribution.model.linear", version: 1, summary: "Credit split equally across all touchpoints (not across distinct channels)", value: "equal", from: "2000-01-01", sources: [GOOGLE_MODELS] },
  "time-decay": {
    id: "attribution.model.time-decay",
    version: 1,
    summary: "Each touchpoint weighted 2^(-days before conversion / half-life), weights normalised to 1: a touch one half-life earlier earns half the credit",
    value: "exponential-half-life",
    from: "2000-01-01",
    sources: [GOOGLE_MODELS],
  },
  "position-based": {
    id: "attribution.model.position-based",
    version: 1,
    summary: "40% to the first and 40% to the last touchpoint, the remaining 20% split equally across the middle ones (one touch: 100%; two: 50/50)",
    value: "40-20-40",
    from: "2000-01-01",
    sources: [GOOGLE_MODELS],
  },
};

export const ROAS_AND_CPA: Rule<string> = {
  id: "attribution.roas-cpa",
  version: 1,
  summary: "ROAS = attributed revenue / ad spend (a ratio, e.g. 3.2); CPA = ad spend / attributed conversions (fractional credit counts)",
  value: "ratio",
  from: "2000-01-01",
  sources: [{ title: "Google Ads Help, Return on ad spend (ROAS) and Cost per acquisition (CPA)", url: "https://support.google.com/google-ads/answer/6268637" }],
};

export type Touchpoint = { channel: string; daysBeforeConversion: number };

/**
 * Credit of each touchpoint (same order as `path`) under `model`; shares sum to 1.
 * `halfLifeDays` is used by time decay only. Throws on an empty path.
 */
export function touchpointShares(path: readonly Touchpoint[], model: AttributionModel, halfLifeDays = 7): number[] {
  const n = path.length;
  if (n === 0) throw new RangeError("a conversion path needs at least one touchpoint");
  switch (model) {
    case "last-click":
      return path.map((_, i) => (i === n - 1 ? 1 : 0));
    case "first-click":
      return path.map((_, i) => (i === 0 ? 1 : 0));
    case "linear":
      return path.map(() => 1 / n);
    case "time-decay": {
      const weights = path.map((touch) => 2 ** (-touch.daysBeforeConversion / halfLifeDays));
      const total = weights.reduce((sum, w) => sum + w, 0);
      return weights.map((w) => w / total);
    }
    case "position-based":
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      return path.map((_, i) => (i === 0 || i === n - 1 ? 0.4 : 0.2 / (n - 2)));
  }
}

/** Share of one conversion credited to `channel` (summing its touchpoints) under `model`. */
export function channelShare(path: readonly Touchpoint[], channel: string, model: AttributionModel, halfLifeDays = 7): number {
  return touchpointShares(path, model, halfLifeDays).reduce((sum, share, i) => (path[i]!.channel === channel ? sum + share : sum), 0);
}

/** ROAS as a ratio; requires spend > 0. */
export function roas(attributedRevenue: number, spend: number): number {
  if (!(spend > 0)) throw new RangeError("ROAS needs a positive spend");
  return attributedRevenue / spend;
}

/** Cost per attributed conversion; requires attributed conversions > 0. */
export function cpa(spend: number, attributedConversions: number): number {
  if (!(attributedConversions > 0)) throw new RangeError("CPA needs at least part of a conversion attributed");
  return spend / attributedConversions;
}
