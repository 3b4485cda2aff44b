/**
 * Engine: does a remote seller's volume into one US state create sales-tax economic nexus as of a
 * date? Applies the state's dollar and transaction tests (either/both, dropped transaction tests,
 * 250k/500k states, states without sales tax) and the marketplace facilitator rule.
 */
import { z } from "zod";
import { IsoDateSchema, NoRuleInForceError, type IsoDate } from "../../../rules/rule";
import {
  MODELLED_FROM,
  US_MARKETPLACE_FACILITATOR,
  US_STATES,
  meetsEconomicNexus,
  usEconomicNexusTest,
  type EconomicNexusTest,
} from "../../../rules/us-sales-tax-nexus";
import { citeRule, type Engine, type PredictedMistake, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= MODELLED_FROM, "nexus rules are modelled from 2023-01-01"),
  state: z.enum(US_STATES),
  /** Gross direct sales into the state over its measurement period, USD. */
  salesUsd: z.number().min(0),
  /** Number of separate direct sales into the state over the same period. */
  transactions: z.number().int().min(0),
});
export type UsNexusParams = z.infer<typeof ParamsSchema>;

function testTypeOf(test: EconomicNexusTest): string {
  if (test.kind === "no-sales-tax") return "no-sales-tax";
  return test.combine === "or" ? "either-test" : test.combine === "and" ? "both-tests" : "sales-only";
}

function monthsBefore(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - months;
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, "0")}-${date.slice(8)}`;
}

export const usSalesTaxNexus: Engine<UsNexusParams> = {
  id: "us-sales-tax-nexus",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const rule = usEconomicNexusTest(p.state, p.asOf);
    const test = rule.value;
    const noTax = test.kind === "no-sales-tax";
    const hasNexus = meetsEconomicNexus(test, p.salesUsd, p.transactions);
    const nexus = noTax ? "no-sales-tax" : hasNexus ? "nexus" : "no-nexus";
    const threshold = test.kind === "threshold" ? test.salesUsd : 0;
    const marketplace = noTax ? "nobody" : "marketplace-facilitator";
    const facts = `$${p.salesUsd.toLocaleString("en-US")} in ${p.transactions} transactions`;
    return {
      answer: { nexus, salesThresholdUsd: threshold, testType: testTypeOf(test), marketplaceSales: marketplace },
      explanation: {
        en: `${rule.summary} (as of ${p.asOf}). The seller's ${facts} ${noTax ? "create no sales-tax obligation" : hasNexus ? "meet the test: register and collect" : "do not meet the test"}. ${noTax ? "Nobody collects sales tax on marketplace sales either." : "Sales made through a marketplace facilitator are taxed by the facilitator, not the seller."}`,
        zh: `${p.state} 的经济关联标准：${noTax ? "该州不征收州销售税" : `${threshold.toLocaleString("en-US")} 美元销售额${test.kind === "threshold" && test.transactions !== null ? `${test.combine === "and" ? "且" : "或"}${test.transactionsStrictlyAbove ? "超过" : "至少"} ${test.transactions} 笔交易` : "（无交易笔数标准）"}`}（截至 ${p.asOf}）。卖家的 ${p.salesUsd.toLocaleString("en-US")} 美元、${p.transactions} 笔交易${noTax ? "不产生销售税义务" : hasNexus ? "达到标准：需注册并代收销售税" : "未达到标准"}。${noTax ? "平台销售同样无人代收销售税。" : "通过市场促成者（平台）完成的销售由平台代收代缴，而非卖家。"}`,
      },
      partRules: {
        nexus: [citeRule(rule)],
        salesThresholdUsd: [citeRule(rule)],
        testType: [citeRule(rule)],
        marketplaceSales: [citeRule(US_MARKETPLACE_FACILITATOR), citeRule(rule)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const test = usEconomicNexusTest(p.state, p.asOf).value;
    const nexus = solution.answer.nexus as string;
    const mistakes: PredictedMistake[] = [];
    mistakes.push({ part: "marketplaceSales", code: "seller-collects-marketplace-sales", value: "seller" });
    if (test.kind === "no-sales-tax") {
      mistakes.push({ part: "nexus", code: "nexus-in-tax-free-state", value: "nexus" });
      mistakes.push({ part: "salesThresholdUsd", code: "nexus-in-tax-free-state", value: 100_000 });
      mistakes.push({ part: "marketplaceSales", code: "nexus-in-tax-free-state", value: "marketplace-facilitator" });
      return mistakes;
    }
    if (test.salesUsd !== 100_000) {
      mistakes.push({ part: "salesThresholdUsd", code: "default-100k-threshold", value: 100_000 });
      if (nexus === "no-nexus" && p.salesUsd >= 100_000) mistakes.push({ part: "nexus", code: "default-100k-threshold", value: "nexus" });
    }
    if (test.combine === "and") {
      mistakes.push({ part: "testType", code: "and-read-as-or", value: "either-test" });
      if (nexus === "no-nexus" && meetsEconomicNexus({ ...test, combine: "or" }, p.salesUsd, p.transactions)) mistakes.push({ part: "nexus", code: "and-read-as-or", value: "nexus" });
    }
    if (test.combine === "or" && nexus === "nexus" && p.salesUsd < test.salesUsd) mistakes.push({ part: "nexus", code: "transaction-test-ignored", value: "no-nexus" });
    // A transaction test dropped within the last two years is the classic outdated table.
    try {
      const earlier = usEconomicNexusTest(p.state, monthsBefore(p.asOf, 24)).value;
      if (earlier.kind === "threshold" && earlier.combine === "or" && test.combine === "sales-only") {
        mistakes.push({ part: "testType", code: "dropped-transaction-test-applied", value: "either-test" });
        if (nexus === "no-nexus" && meetsEconomicNexus(earlier, p.salesUsd, p.transactions)) mistakes.push({ part: "nexus", code: "dropped-transaction-test-applied", value: "nexus" });
      }
    } catch (error) {
      if (!(error instanceof NoRuleInForceError)) throw error;
    }
    if (test.combine === "sales-only") mistakes.push({ part: "testType", code: "transaction-test-everywhere", value: "either-test" });
    return mistakes;
  },
};
