import { describe, expect, it } from "vitest";
import { customsHoldBranching as engine, type CustomsHoldParams } from "@/domain/simulations/engines/compliance/customs-hold-branching";

const params: CustomsHoldParams = { asOf: "2026-09-01", destination: "DE", invoiceValueEur: 80, shippingEur: 6, tariffLines: 2, storageFeeEur: 25 };
const branching = engine.branching!;

describe("branching customs-hold case", () => {
  it("solves the best path: submit, pay, register for IOSS, EUR 23.48 to release", () => {
    expect(engine.solve(params).answer).toEqual({ step1: "submit-invoice", step2: "pay-charges", step3: "register-ioss", chargesEur: 23.48 });
  });

  it("grades later steps against the best move from the state the learner reached", () => {
    const along = branching.solveAlong(params, { step1: "ignore-notice", step2: "submit-invoice-and-pay-storage", step3: "register-ioss" }).answer;
    expect(along).toEqual({ step1: "submit-invoice", step2: "submit-invoice-and-pay-storage", step3: "register-ioss", chargesEur: 48.48 });
    expect(branching.solveAlong(params, { step1: "declare-lower-value", step2: "insist-on-lower-value" }).answer).toMatchObject({ step2: "correct-declaration-and-pay", chargesEur: 0 });
  });

  it("shows the next step with only the options open in that state, and ends after three", () => {
    expect(branching.nextStep(params, {})).toMatchObject({ part: "step1", state: "held", options: ["submit-invoice", "declare-lower-value", "ignore-notice", "abandon-goods"] });
    expect(branching.nextStep(params, { step1: "abandon-goods" })).toMatchObject({ part: "step2", state: "abandoned", options: ["refund-customer", "resend-without-paperwork"] });
    expect(branching.nextStep(params, { step1: "abandon-goods", step2: "refund-customer" })).toMatchObject({ part: "step3", state: "closed" });
    expect(branching.nextStep(params, { step1: "submit-invoice", step2: "pay-charges", step3: "no-change" })).toBeNull();
  });

  it("charges no duty before 1 July 2026 and uses the destination's rate", () => {
    expect(engine.solve({ ...params, asOf: "2026-06-30" }).answer.chargesEur).toBe(16.34); // 19% x 86
    expect(engine.solve({ ...params, asOf: "2026-03-01", destination: "FI" }).answer.chargesEur).toBe(21.93); // 25.5% x 86
  });

  it("treats an option not open in the state as the state's default outcome", () => {
    expect(branching.solveAlong(params, { step1: "submit-invoice", step2: "insist-on-lower-value" }).answer.chargesEur).toBe(0);
  });
});
