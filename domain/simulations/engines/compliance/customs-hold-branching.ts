/**
 * Engine: a branching case. A low-value B2C parcel shipped without IOSS is held by customs of the
 * destination Member State, which asks for the commercial invoice. Three decisions (parts step1,
 * step2, step3) each move the case to a new state; the charges to release the parcel depend on the
 * path. Step keys follow the learner's own path (`branching.solveAlong`), so a good recovery after a
 * bad first move still earns the later steps.
 */
import { z } from "zod";
import type { LocalizedText } from "../../../content/locale";
import { UCC_ABANDONMENT, UCC_AMEND_DECLARATION, UCC_DISPOSAL, UCC_PENALTIES, UCC_PROVIDE_INFORMATION } from "../../../rules/eu-customs-procedure";
import { COLLECTION_WITHOUT_IOSS, IMPORT_VAT_TAXABLE_AMOUNT, IOSS_CONSIGNMENT_CEILING, LOW_VALUE_NORMAL_TARIFF, lowValueCustomsDuty } from "../../../rules/eu-import-low-value";
import { EU_MEMBER_STATES } from "../../../rules/eu-member-states";
import { euStandardVatRate } from "../../../rules/eu-vat-standard-rates";
import { ROUNDING_HALF_UP_TO_CENT, roundHalfUp } from "../../../rules/money";
import { IsoDateSchema } from "../../../rules/rule";
import { citeRule, type Answer, type Branching, type BranchStep, type Engine, type PredictedMistake, type RuleCitation, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= "2021-07-01", "cases start with the 2021 e-commerce package"),
  destination: z.enum(EU_MEMBER_STATES),
  /** Price paid by the consumer, EUR excl. VAT (the parcel's intrinsic value). */
  invoiceValueEur: z.number().positive().max(IOSS_CONSIGNMENT_CEILING.value),
  shippingEur: z.number().min(0),
  tariffLines: z.number().int().positive(),
  /** Storage fee the carrier charges if the deadline in the customs notice is missed, EUR. */
  storageFeeEur: z.number().min(0),
  /** Common Customs Tariff rate of the goods, percent; needed from 2028-07-01 (normal duties), optional before. */
  tariffRatePercent: z.number().min(0).max(100).optional(),
}).refine((p) => p.asOf < LOW_VALUE_NORMAL_TARIFF.from || p.tariffRatePercent !== undefined, "from 2028-07-01 the goods' tariff rate (tariffRatePercent) is needed");
export type CustomsHoldParams = z.infer<typeof ParamsSchema>;

type State =
  | "held" | "assessed" | "value-challenged" | "deadline-missed" | "abandoned"
  | "released" | "released-after-correction" | "released-late" | "returned" | "penalty-proceedings" | "closed" | "held-again";

type Node = { part: "step1" | "step2" | "step3"; options: Record<string, State>; best: string; ifNoValidChoice: State };

/** The decision graph: in each state, which options are open, where each leads, and the best one. */
const GRAPH: Partial<Record<State, Node>> = {
  held: {
    part: "step1",
    options: { "submit-invoice": "assessed", "declare-lower-value": "value-challenged", "ignore-notice": "deadline-missed", "abandon-goods": "abandoned" },
    best: "submit-invoice",
    ifNoValidChoice: "deadline-missed",
  },
  assessed: { part: "step2", options: { "pay-charges": "released", "refuse-charges": "returned" }, best: "pay-charges", ifNoValidChoice: "returned" },
  "value-challenged": {
    part: "step2",
    options: { "correct-declaration-and-pay": "released-after-correction", "insist-on-lower-value": "penalty-proceedings" },
    best: "correct-declaration-and-pay",
    ifNoValidChoice: "penalty-proceedings",
  },
  "deadline-missed": {
    part: "step2",
    options: { "submit-invoice-and-pay-storage": "released-late", "let-it-return": "returned" },
    best: "submit-invoice-and-pay-storage",
    ifNoValidChoice: "returned",
  },
  abandoned: { part: "step2", options: { "refund-customer": "closed", "resend-without-paperwork": "held-again" }, best: "refund-customer", ifNoValidChoice: "closed" },
};
const STEP3_OPTIONS = ["register-ioss", "attach-invoice-only", "no-change"] as const;

const SITUATION: Record<State, LocalizedText> = {
  held: { en: "Customs holds the parcel and asks for the commercial invoice and proof of payment by the deadline in its notice.", zh: "海关扣留了包裹，要求在通知规定的期限内提供商业发票和付款证明。" },
  assessed: { en: "Customs accepted the invoice and assessed import VAT (and any duty). The carrier asks for the charges before delivery.", zh: "海关接受了发票并核定了进口增值税（及关税）。承运人要求在派送前支付税费。" },
  "value-challenged": { en: "Customs compared your lower value with the marketplace order data and doubts it. It invites you to correct the declaration.", zh: "海关将你申报的较低价值与平台订单数据比对后表示怀疑，要求你更正申报。" },
  "deadline-missed": { en: "The deadline passed. The parcel sits in the carrier's warehouse, accruing a storage fee, and is set to be returned.", zh: "期限已过。包裹存放在承运人仓库并产生仓储费，即将被退回。" },
  abandoned: { en: "You told customs to abandon the goods. The customer is still waiting for the order.", zh: "你已告知海关放弃货物。客户仍在等待订单。" },
  released: { en: "The parcel was released and delivered.", zh: "包裹已放行并派送。" },
  "released-after-correction": { en: "You corrected the value; the parcel was released on the true value. A penalty may still follow, reduced for the voluntary correction.", zh: "你更正了价值，包裹按真实价值放行。仍可能被处罚，但因主动更正而从轻。" },
  "released-late": { en: "The parcel was released late, after the storage fee was paid.", zh: "支付仓储费后，包裹延迟放行。" },
  returned: { en: "The parcel is on its way back; the customer has nothing.", zh: "包裹正在退回；客户没有收到商品。" },
  "penalty-proceedings": { en: "Customs opened penalty proceedings for the false value and keeps the parcel.", zh: "海关因虚假申报价值启动处罚程序并扣留包裹。" },
  closed: { en: "The customer was refunded; the case is closed at the cost of the goods.", zh: "已向客户退款；案件结束，损失为货物成本。" },
  "held-again": { en: "The replacement, again without paperwork, is held again.", zh: "补发的包裹仍无单据，再次被扣留。" },
};

type Path = { states: [State, State, State]; choices: [string, string, string] };

/** Follows `answer` through the graph; missing or closed choices follow the best path or the state's default. */
function walk(answer: Answer): Path & { keys: [string, string, string] } {
  const held = GRAPH.held!;
  const c1 = typeof answer.step1 === "string" ? answer.step1 : held.best;
  const s2 = held.options[c1] ?? held.ifNoValidChoice;
  const node2 = GRAPH[s2]!;
  const c2 = typeof answer.step2 === "string" ? answer.step2 : node2.best;
  const s3 = node2.options[c2] ?? node2.ifNoValidChoice;
  const c3 = typeof answer.step3 === "string" ? answer.step3 : "register-ioss";
  return { states: ["held", s2, s3], choices: [c1, c2, c3], keys: [held.best, node2.best, "register-ioss"] };
}

function chargesFor(p: CustomsHoldParams, finalState: State) {
  const rate = euStandardVatRate(p.destination, p.asOf);
  const due = lowValueCustomsDuty(p.asOf, { tariffLines: p.tariffLines, customsValueEur: p.invoiceValueEur + p.shippingEur, tariffRatePercent: p.tariffRatePercent });
  const dutyRule = due.rule;
  const duty = due.amountEur;
  const vat = roundHalfUp(((p.invoiceValueEur + p.shippingEur + duty) * rate.value) / 100);
  const released = finalState === "released" || finalState === "released-after-correction" || finalState === "released-late";
  const storage = finalState === "released-late" ? p.storageFeeEur : 0;
  return { rate, dutyRule, duty, vat, storage, total: released ? roundHalfUp(vat + duty + storage) : 0, released };
}

function solveAlong(p: CustomsHoldParams, answer: Answer): Solution {
  const path = walk(answer);
  const [, s2, s3] = path.states;
  const charges = chargesFor(p, s3);
  const step2Rules: Record<string, RuleCitation[]> = {
    assessed: [citeRule(COLLECTION_WITHOUT_IOSS), citeRule(UCC_DISPOSAL)],
    "value-challenged": [citeRule(UCC_AMEND_DECLARATION), citeRule(UCC_PENALTIES)],
    "deadline-missed": [citeRule(UCC_DISPOSAL), citeRule(UCC_PROVIDE_INFORMATION)],
    abandoned: [citeRule(UCC_ABANDONMENT)],
  };
  const chargeText = charges.released
    ? `${charges.rate.value}% × (${p.invoiceValueEur.toFixed(2)} + ${p.shippingEur.toFixed(2)} + ${charges.duty.toFixed(2)} duty) = ${charges.vat.toFixed(2)} VAT, + ${charges.duty.toFixed(2)} duty${charges.storage ? ` + ${charges.storage.toFixed(2)} storage` : ""} = EUR ${charges.total.toFixed(2)}`
    : "EUR 0 (the parcel is not released)";
  const chargeTextZh = charges.released
    ? `${charges.rate.value}% × (${p.invoiceValueEur.toFixed(2)} + ${p.shippingEur.toFixed(2)} + 关税 ${charges.duty.toFixed(2)}) = 增值税 ${charges.vat.toFixed(2)}，+ 关税 ${charges.duty.toFixed(2)}${charges.storage ? ` + 仓储费 ${charges.storage.toFixed(2)}` : ""} = ${charges.total.toFixed(2)} 欧元`
    : "0 欧元（包裹未放行）";
  return {
    answer: { step1: path.keys[0], step2: path.keys[1], step3: path.keys[2], chargesEur: charges.total },
    explanation: {
      en: `Your path: ${path.choices.join(" → ")} (states: ${path.states.join(" → ")}). ${SITUATION[s3].en} Best moves from where you were: ${path.keys.join(", ")}. Charges to release: ${chargeText}. For the future, IOSS (parcels up to EUR 150) has the VAT collected at checkout so the parcel clears without this hold.`,
      zh: `你的路径：${path.choices.join(" → ")}（状态：${path.states.join(" → ")}）。${SITUATION[s3].zh}在你所处状态下的最佳选择：${path.keys.join("，")}。放行所需费用：${chargeTextZh}。今后使用 IOSS（不超过 150 欧元的包裹）可在结账时收取增值税，包裹即可顺利清关，避免此类扣留。`,
    },
    partRules: {
      step1: [citeRule(UCC_PROVIDE_INFORMATION), citeRule(UCC_PENALTIES)],
      step2: step2Rules[s2] ?? [citeRule(UCC_DISPOSAL)],
      step3: [citeRule(IOSS_CONSIGNMENT_CEILING)],
      chargesEur: [citeRule(charges.rate), citeRule(IMPORT_VAT_TAXABLE_AMOUNT), citeRule(charges.dutyRule), citeRule(ROUNDING_HALF_UP_TO_CENT)],
    },
  };
}

const branching: Branching<CustomsHoldParams> = {
  nextStep(_p, answer): BranchStep | null {
    const path = walk(answer);
    if (typeof answer.step1 !== "string") return { part: "step1", state: "held", situation: SITUATION.held, options: Object.keys(GRAPH.held!.options) };
    const s2 = path.states[1];
    if (typeof answer.step2 !== "string") return { part: "step2", state: s2, situation: SITUATION[s2], options: Object.keys(GRAPH[s2]!.options) };
    const s3 = path.states[2];
    if (typeof answer.step3 !== "string") return { part: "step3", state: s3, situation: SITUATION[s3], options: [...STEP3_OPTIONS] };
    return null;
  },
  solveAlong,
};

const OPTION_MISCONCEPTION: Record<string, { part: string; code: string }> = {
  "declare-lower-value": { part: "step1", code: "undervaluation-to-save-vat" },
  "ignore-notice": { part: "step1", code: "ignoring-customs-notice" },
  "abandon-goods": { part: "step1", code: "abandon-too-early" },
  "refuse-charges": { part: "step2", code: "refusal-still-costs" },
  "insist-on-lower-value": { part: "step2", code: "insisting-on-false-value" },
  "let-it-return": { part: "step2", code: "refusal-still-costs" },
  "resend-without-paperwork": { part: "step2", code: "resend-same-problem" },
  "attach-invoice-only": { part: "step3", code: "invoice-without-ioss" },
  "no-change": { part: "step3", code: "no-process-fix" },
};

export const customsHoldBranching: Engine<CustomsHoldParams> = {
  id: "customs-hold-branching",
  paramsSchema: ParamsSchema,
  solve: (p) => solveAlong(p, {}),
  branching,

  predictMistakes(p, solution): PredictedMistake[] {
    const mistakes: PredictedMistake[] = Object.entries(OPTION_MISCONCEPTION).map(([value, { part, code }]) => ({ part, code, value }));
    const total = solution.answer.chargesEur as number;
    if (total > 0) {
      const { vat, duty, storage, rate } = chargesFor(p, storageOf(p, total));
      if (storage > 0) mistakes.push({ part: "chargesEur", code: "storage-fee-forgotten", value: roundHalfUp(vat + duty) });
      if (duty > 0) {
        mistakes.push({ part: "chargesEur", code: "duty-left-out", value: roundHalfUp(vat + storage) });
        mistakes.push({ part: "chargesEur", code: "vat-base-without-duty", value: roundHalfUp(((p.invoiceValueEur + p.shippingEur) * rate.value) / 100 + duty + storage) });
      }
      mistakes.push({ part: "chargesEur", code: "vat-base-without-shipping", value: roundHalfUp(((p.invoiceValueEur + duty) * rate.value) / 100 + duty + storage) });
    } else {
      mistakes.push({ part: "chargesEur", code: "charges-for-unreleased-parcel", value: chargesFor(p, "released").total });
    }
    return mistakes;
  },
};

/** The released state whose total equals `total` (the storage fee tells a late release apart). */
function storageOf(p: CustomsHoldParams, total: number): State {
  return chargesFor(p, "released-late").total === total && p.storageFeeEur > 0 ? "released-late" : "released";
}
