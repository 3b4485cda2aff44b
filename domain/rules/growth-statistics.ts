/**
 * A/B test arithmetic for conversion rates: the two-proportion z-test (two-sided, pooled standard
 * error), the Wald confidence interval of the difference (unpooled), and the sample size per arm
 * for a baseline, a relative minimum detectable effect, alpha and power. The conventions are rules
 * with sources, so feedback can say which one a grade used.
 *
 * Rates are fractions (0.031 = 3.1%); results are unrounded unless a function says otherwise.
 */
import type { Rule } from "./rule";

const NIST = { title: "NIST/SEMATECH e-Handbook of Statistical Methods, 7.3.3 (comparing two proportions)", url: "https://www.itl.nist.gov/div898/handbook/prc/section3/prc33.htm" };
const FLEISS = { title: "Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions (3rd ed., 2003), §4.2 (sample size, no continuity correction)" };

export const TWO_PROPORTION_Z_TEST: Rule<{ tails: 2; standardError: "pooled" }> = {
  id: "stats.ab.two-proportion-z-test",
  version: 1,
  summary: "Difference of two conversion rates tested with a two-sided z-test; the standard error uses the pooled rate (H0: equal rates); significant when p < alpha",
  value: { tails: 2, standardError: "pooled" },
  from: "2000-01-01",
  sources: [NIST],
};

export const WALD_DIFFERENCE_INTERVAL: Rule<{ standardError: "unpooled" }> = {
  id: "stats.ab.wald-interval",
  version: 1,
  summary: "Confidence interval of the difference pB - pA at level 1 - alpha: difference ± z(1 - alpha/2) × sqrt(pA(1-pA)/nA + pB(1-pB)/nB)",
  value: { standardError: "unpooled" },
  from: "2000-01-01",
  sources: [NIST],
};

export const SAMPLE_SIZE_TWO_PROPORTIONS: Rule<{ rounding: "up" }> = {
  id: "stats.ab.sample-size",
  version: 1,
  summary: "Visitors per arm n = [z(1-alpha/2)·sqrt(2·p̄(1-p̄)) + z(power)·sqrt(p1(1-p1) + p2(1-p2))]² / (p2 - p1)², p2 = p1(1 + MDE), p̄ = (p1 + p2)/2, rounded up",
  value: { rounding: "up" },
  from: "2000-01-01",
  sources: [FLEISS],
};

/**
 * Complementary error function, Chebyshev fit with fractional error below 1.2e-7 everywhere
 * (Numerical Recipes in C, 2nd ed., §6.2 `erfcc`).
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal cumulative distribution Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation refined by one
 * Halley step (about 1e-9 relative error before the erfc fit limits it to ~1e-7).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile needs 0 < p < 1, got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

export type ArmCounts = { visitors: number; conversions: number };

export type ZTestResult = {
  rateA: number;
  rateB: number;
  /** pB - pA, as a fraction. */
  difference: number;
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  isSignificant: boolean;
  ciLow: number;
  ciHigh: number;
};

/**
 * Two-sided two-proportion z-test of B against A at `alpha`, with the (1 - alpha) Wald interval
 * of pB - pA. Requires visitors > 0, 0 <= conversions <= visitors, and a pooled rate strictly
 * between 0 and 1 (otherwise the standard error is 0 and the test undefined).
 */
export function twoProportionZTest(a: ArmCounts, b: ArmCounts, alpha: number): ZTestResult {
  const rateA = a.conversions / a.visitors;
  const rateB = b.conversions / b.visitors;
  const pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors);
  if (!(pooled > 0 && pooled < 1)) throw new RangeError("the pooled conversion rate must be strictly between 0 and 1");
  const difference = rateB - rateA;
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors));
  const z = difference / pooledSe;
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  const unpooledSe = Math.sqrt((rateA * (1 - rateA)) / a.visitors + (rateB * (1 - rateB)) / b.visitors);
  const margin = normalQuantile(1 - alpha / 2) * unpooledSe;
  return { rateA, rateB, difference, z, pValue, isSignificant: pValue < alpha, ciLow: difference - margin, ciHigh: difference + margin };
}

/**
 * Visitors needed per arm to detect a relative lift `mdeRelative` (0.1 = +10%) over `baseline`
 * with a two-sided test at `alpha` and the given `power`, rounded up. Requires
 * 0 < baseline·(1 + mde) < 1 and mde ≠ 0.
 */
export function sampleSizePerArm(baseline: number, mdeRelative: number, alpha: number, power: number): number {
  const p1 = baseline;
  const p2 = baseline * (1 + mdeRelative);
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1 && p1 !== p2)) throw new RangeError("baseline and effect must give two different rates in (0, 1)");
  const mean = (p1 + p2) / 2;
  const numerator = normalQuantile(1 - alpha / 2) * Math.sqrt(2 * mean * (1 - mean)) + normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // A relative nudge keeps an exact integer from rounding up because of binary noise.
  return Math.ceil((numerator * numerator) / ((p2 - p1) * (p2 - p1)) - 1e-9);
}
