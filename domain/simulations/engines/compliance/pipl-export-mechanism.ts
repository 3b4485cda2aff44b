/**
 * Engine: which mechanism a Chinese data handler needs to provide personal information abroad
 * under PIPL and CAC Order No. 16 (2024): none, the standard contract (filed) or certification,
 * or a CAC security assessment; with the filing and documents each requires.
 */
import { z } from "zod";
import {
  PIPL_CONTRACT_EXEMPTION,
  PIPL_IMPACT_ASSESSMENT,
  PIPL_ORDER_16_START,
  PIPL_SECURITY_ASSESSMENT,
  PIPL_STANDARD_CONTRACT,
  PIPL_VOLUME_THRESHOLDS,
} from "../../../rules/pipl-export";
import { IsoDateSchema } from "../../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type RuleCitation, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= PIPL_ORDER_16_START, "cases start with CAC Order No. 16 (2024-03-22)"),
  isCiio: z.boolean(),
  /** The data include data identified as important data. */
  hasImportantData: z.boolean(),
  purpose: z.enum(["fulfil-cross-border-orders", "group-crm-analytics", "overseas-ad-targeting"]),
  /** Individuals whose non-sensitive PI has been provided abroad since 1 January, this transfer included. */
  nonSensitiveIndividuals: z.number().int().min(0),
  /** Individuals whose sensitive PI has been provided abroad since 1 January. */
  sensitiveIndividuals: z.number().int().min(0),
});
export type PiplExportParams = z.infer<typeof ParamsSchema>;

type Mechanism = "none" | "standard-contract-or-certification" | "security-assessment";
type Reason = "important-data" | "contract-exemption" | "ciio" | "above-assessment-threshold" | "middle-tier" | "below-threshold";

function reasonOf(p: PiplExportParams): Reason {
  const t = PIPL_VOLUME_THRESHOLDS.value;
  if (p.hasImportantData) return "important-data";
  if (p.purpose === "fulfil-cross-border-orders") return "contract-exemption";
  if (p.isCiio) return "ciio";
  if (p.nonSensitiveIndividuals >= t.assessmentFromIndividuals || p.sensitiveIndividuals >= t.assessmentFromSensitiveIndividuals) return "above-assessment-threshold";
  if (p.nonSensitiveIndividuals >= t.exemptBelowIndividuals || p.sensitiveIndividuals > 0) return "middle-tier";
  return "below-threshold";
}

/** The mechanism the volumes alone would call for (non-CIIO, no exemption). */
function byVolume(p: PiplExportParams): Mechanism {
  return MECHANISM[reasonOf({ ...p, hasImportantData: false, isCiio: false, purpose: "group-crm-analytics" })];
}

const MECHANISM: Record<Reason, Mechanism> = {
  "important-data": "security-assessment",
  "contract-exemption": "none",
  ciio: "security-assessment",
  "above-assessment-threshold": "security-assessment",
  "middle-tier": "standard-contract-or-certification",
  "below-threshold": "none",
};
const FILING: Record<Mechanism, string> = {
  none: "none",
  "standard-contract-or-certification": "provincial-cac-filing",
  "security-assessment": "cac-assessment-application",
};
const DOCUMENTS: Record<Mechanism, string[]> = {
  none: ["pipia"],
  "standard-contract-or-certification": ["pipia", "standard-contract"],
  "security-assessment": ["pipia", "self-assessment-report"],
};
const REASON_TEXT: Record<Reason, { en: string; zh: string }> = {
  "important-data": { en: "the transfer includes important data, which always needs a CAC security assessment", zh: "传输包含重要数据，必须通过网信办安全评估" },
  "contract-exemption": { en: "the PI is necessary to perform contracts the individuals are party to (cross-border orders, delivery, payment), which is exempt whatever the volume", zh: "个人信息为订立、履行个人作为一方当事人的合同所必需（跨境购物、配送、支付），无论数量多少均豁免" },
  ciio: { en: "the handler is a critical information infrastructure operator and no exemption applies", zh: "处理者是关键信息基础设施运营者，且不适用豁免情形" },
  "above-assessment-threshold": { en: "since 1 January it has provided non-sensitive PI of at least 1,000,000 individuals or sensitive PI of at least 10,000", zh: "自当年 1 月 1 日起累计向境外提供 100 万人以上个人信息（不含敏感个人信息）或 1 万人以上敏感个人信息" },
  "middle-tier": { en: "since 1 January it has provided non-sensitive PI of 100,000 to under 1,000,000 individuals, or sensitive PI of fewer than 10,000", zh: "自当年 1 月 1 日起累计向境外提供 10 万人以上、不满 100 万人个人信息（不含敏感个人信息），或不满 1 万人敏感个人信息" },
  "below-threshold": { en: "since 1 January it has provided non-sensitive PI of fewer than 100,000 individuals and no sensitive PI", zh: "自当年 1 月 1 日起累计向境外提供不满 10 万人个人信息（不含敏感个人信息），且无敏感个人信息" },
};

export const piplExportMechanism: Engine<PiplExportParams> = {
  id: "pipl-export-mechanism",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const reason = reasonOf(p);
    const mechanism = MECHANISM[reason];
    const ruleFor: Record<Reason, RuleCitation[]> = {
      "important-data": [citeRule(PIPL_SECURITY_ASSESSMENT)],
      "contract-exemption": [citeRule(PIPL_CONTRACT_EXEMPTION)],
      ciio: [citeRule(PIPL_SECURITY_ASSESSMENT)],
      "above-assessment-threshold": [citeRule(PIPL_VOLUME_THRESHOLDS), citeRule(PIPL_SECURITY_ASSESSMENT)],
      "middle-tier": [citeRule(PIPL_VOLUME_THRESHOLDS), citeRule(PIPL_STANDARD_CONTRACT)],
      "below-threshold": [citeRule(PIPL_VOLUME_THRESHOLDS)],
    };
    const mechanismRules = ruleFor[reason];
    const filingRules = mechanism === "none" ? mechanismRules : [citeRule(mechanism === "security-assessment" ? PIPL_SECURITY_ASSESSMENT : PIPL_STANDARD_CONTRACT)];
    return {
      answer: { mechanism, filing: FILING[mechanism], documents: DOCUMENTS[mechanism] },
      explanation: {
        en: `As of ${p.asOf}: ${REASON_TEXT[reason].en}. Mechanism: ${mechanism}. ${mechanism === "security-assessment" ? "Apply to the CAC through the provincial CAC, with a data-export risk self-assessment report." : mechanism === "standard-contract-or-certification" ? "Sign the CAC standard contract and file it with the provincial CAC within 10 working days of it taking effect (or obtain certification)." : "No filing."} A PI protection impact assessment is needed in every case (PIPL Art. 55).`,
        zh: `截至 ${p.asOf}：${REASON_TEXT[reason].zh}。机制：${mechanism === "none" ? "无需申报" : mechanism === "security-assessment" ? "网信办数据出境安全评估" : "个人信息出境标准合同或个人信息保护认证"}。${mechanism === "security-assessment" ? "通过省级网信部门向国家网信办申报，并附数据出境风险自评估报告。" : mechanism === "standard-contract-or-certification" ? "签订标准合同，并在合同生效之日起 10 个工作日内向省级网信部门备案（或通过认证）。" : "无需备案。"}所有情形均须事先进行个人信息保护影响评估（《个人信息保护法》第 55 条）。`,
      },
      partRules: {
        mechanism: mechanismRules,
        filing: filingRules,
        documents: [citeRule(PIPL_IMPACT_ASSESSMENT), ...filingRules],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const reason = reasonOf(p);
    const mechanism = solution.answer.mechanism as Mechanism;
    const volume = byVolume(p);
    const mistakes: PredictedMistake[] = [];
    const wrong = (code: string, value: Mechanism) => {
      if (value === mechanism) return;
      mistakes.push({ part: "mechanism", code, value });
      mistakes.push({ part: "filing", code, value: FILING[value] });
    };
    if (reason === "contract-exemption") wrong("contract-exemption-missed", p.isCiio ? "security-assessment" : volume);
    if (reason === "important-data") wrong("important-data-ignored", p.purpose === "fulfil-cross-border-orders" ? "none" : volume);
    if (reason === "ciio") wrong("ciio-volume-test", volume);
    if (reason === "middle-tier" && p.nonSensitiveIndividuals < PIPL_VOLUME_THRESHOLDS.value.exemptBelowIndividuals) wrong("sensitive-pi-treated-as-exempt", "none");
    if (reason === "middle-tier") wrong("assessment-overkill", "security-assessment");
    if (reason === "above-assessment-threshold") wrong("assessment-threshold-missed", "standard-contract-or-certification");
    if (reason === "below-threshold") wrong("exemption-under-100k-missed", "standard-contract-or-certification");
    mistakes.push({ part: "documents", code: "pipia-skipped", value: (solution.answer.documents as string[]).filter((doc) => doc !== "pipia") });
    return mistakes;
  },
};
