/**
 * Engine: which GDPR Chapter V mechanism lets an EU exporter transfer personal data to an
 * importer abroad, as of a date. Checks adequacy (incl. DPF for certified US importers), then BCRs,
 * then SCCs with the module the roles call for, then an Art. 49 derogation for occasional
 * transfers; says whether a transfer impact assessment is needed and which documents to keep.
 */
import { z } from "zod";
import {
  GDPR_ART49_DEROGATIONS,
  GDPR_BCRS,
  GDPR_DPF_ADEQUACY,
  GDPR_SCC_MODULES,
  GDPR_TRANSFER_IMPACT_ASSESSMENT,
  adequacyFor,
} from "../../../rules/gdpr-transfers";
import { IsoDateSchema, isInForce, type IsoDate } from "../../../rules/rule";
import { citeRule, type Engine, type PredictedMistake, type RuleCitation, type Solution } from "../../engine";

const ParamsSchema = z.strictObject({
  asOf: IsoDateSchema.refine((date) => date >= GDPR_SCC_MODULES.from, "cases start when the 2021 SCCs became usable (2021-06-27)"),
  importerCountry: z.string().regex(/^[A-Z]{2}$/),
  exporterRole: z.enum(["controller", "processor"]),
  importerRole: z.enum(["controller", "processor"]),
  /** Listed as an active DPF participant covering this data (only US organisations can be). */
  importerDpfCertified: z.boolean(),
  /** Exporter and importer are bound by BCRs approved for this transfer. */
  intraGroupBcr: z.boolean(),
  /** The importer is willing to sign the SCCs. */
  importerSignsSccs: z.boolean(),
  transferPattern: z.enum(["systematic", "occasional-contract"]),
});
export type GdprTransferParams = z.infer<typeof ParamsSchema>;

type Mechanism = "adequacy" | "dpf" | "bcrs" | "sccs" | "art49-derogation" | "not-permitted";

function dpfApplies(p: Pick<GdprTransferParams, "importerCountry" | "importerDpfCertified">, asOf: IsoDate): boolean {
  return p.importerCountry === "US" && p.importerDpfCertified && isInForce(GDPR_DPF_ADEQUACY, asOf);
}

function mechanismOf(p: GdprTransferParams, asOf: IsoDate = p.asOf): Mechanism {
  if (adequacyFor(p.importerCountry, asOf)) return "adequacy";
  if (dpfApplies(p, asOf)) return "dpf";
  if (p.intraGroupBcr) return "bcrs";
  if (p.importerSignsSccs) return "sccs";
  return p.transferPattern === "occasional-contract" ? "art49-derogation" : "not-permitted";
}

const DOCUMENTS: Record<Mechanism, string[]> = {
  adequacy: ["none"],
  dpf: ["dpf-certification-check"],
  bcrs: ["bcr-approval", "tia"],
  sccs: ["signed-sccs", "tia"],
  "art49-derogation": ["derogation-record"],
  "not-permitted": ["none"],
};

const REASON: Record<Mechanism, { en: string; zh: string }> = {
  adequacy: { en: "the importer's country has an adequacy decision in force, so no further safeguard is needed", zh: "进口方所在国有有效的充分性认定，无需其他保障措施" },
  dpf: { en: "the US importer is certified under the Data Privacy Framework, which is an adequacy decision for certified organisations", zh: "美国进口方已通过数据隐私框架（DPF）认证，DPF 对认证组织构成充分性认定" },
  bcrs: { en: "there is no adequacy, and approved BCRs bind both group companies", zh: "无充分性认定，但经批准的约束性企业规则（BCR）约束双方集团公司" },
  sccs: { en: "there is no adequacy and no BCRs, so SCCs are signed, with the module matching the roles", zh: "无充分性认定也无 BCR，因此签订标准合同条款（SCC），并按双方角色选择模块" },
  "art49-derogation": { en: "there is no adequacy and no safeguard, but the transfer is occasional and necessary for a contract with the data subject (Art. 49(1)(b))", zh: "无充分性认定也无保障措施，但该传输是偶发的且为履行与数据主体的合同所必需（第 49(1)(b) 条）" },
  "not-permitted": { en: "there is no adequacy, no safeguard, and a systematic transfer cannot rest on an Art. 49 derogation: the transfer must not go ahead", zh: "无充分性认定、无保障措施，而系统性传输不能依赖第 49 条的例外：不得进行该传输" },
};

export const gdprTransferMechanism: Engine<GdprTransferParams> = {
  id: "gdpr-transfer-mechanism",
  paramsSchema: ParamsSchema,

  solve(p): Solution {
    const mechanism = mechanismOf(p);
    const moduleKey = `${p.exporterRole}-to-${p.importerRole}` as const;
    const sccModule = mechanism === "sccs" ? GDPR_SCC_MODULES.value[moduleKey] : "none";
    const tiaRequired = mechanism === "sccs" || mechanism === "bcrs" ? "yes" : "no";
    const adequacy = adequacyFor(p.importerCountry, p.asOf);
    const mechanismRules: RuleCitation[] = [];
    if (adequacy) mechanismRules.push(citeRule(adequacy));
    if (p.importerCountry === "US") mechanismRules.push(citeRule(GDPR_DPF_ADEQUACY));
    if (mechanism === "bcrs") mechanismRules.push(citeRule(GDPR_BCRS));
    if (mechanism === "sccs") mechanismRules.push(citeRule(GDPR_SCC_MODULES));
    if (mechanism === "art49-derogation" || mechanism === "not-permitted") mechanismRules.push(citeRule(GDPR_ART49_DEROGATIONS));
    if (mechanismRules.length === 0) mechanismRules.push(citeRule(GDPR_SCC_MODULES));
    const roles = { en: `${p.exporterRole} → ${p.importerRole}`, zh: `${p.exporterRole === "controller" ? "控制者" : "处理者"} → ${p.importerRole === "controller" ? "控制者" : "处理者"}` };
    return {
      answer: { mechanism, sccModule, tiaRequired, documents: DOCUMENTS[mechanism] },
      explanation: {
        en: `Transfer to ${p.importerCountry} on ${p.asOf}: ${REASON[mechanism].en}.${mechanism === "sccs" ? ` Roles ${roles.en} → SCC ${sccModule}.` : ""} Transfer impact assessment: ${tiaRequired === "yes" ? "required (Art. 46 tool, Schrems II)" : "not required for this mechanism"}. Filings: ${mechanism === "bcrs" ? "BCRs must have been approved by the lead supervisory authority" : "none with a supervisory authority"}.`,
        zh: `${p.asOf} 向 ${p.importerCountry} 传输：${REASON[mechanism].zh}。${mechanism === "sccs" ? `角色 ${roles.zh} → SCC ${sccModule}。` : ""}传输影响评估：${tiaRequired === "yes" ? "需要（第 46 条工具，Schrems II 判决）" : "该机制下不需要"}。备案：${mechanism === "bcrs" ? "BCR 须经牵头监管机构批准" : "无需向监管机构备案"}。`,
      },
      partRules: {
        mechanism: mechanismRules,
        sccModule: [citeRule(GDPR_SCC_MODULES)],
        tiaRequired: [citeRule(GDPR_TRANSFER_IMPACT_ASSESSMENT)],
        documents: [...mechanismRules, citeRule(GDPR_TRANSFER_IMPACT_ASSESSMENT)],
      },
    };
  },

  predictMistakes(p, solution): PredictedMistake[] {
    const mechanism = solution.answer.mechanism as Mechanism;
    const mistakes: PredictedMistake[] = [];
    const withoutAdequacy = mechanismOf({ ...p, importerCountry: "XX", importerDpfCertified: false });
    if (p.importerCountry === "US") {
      if (mechanism !== "dpf" && !isInForce(GDPR_DPF_ADEQUACY, p.asOf) && p.importerDpfCertified) mistakes.push({ part: "mechanism", code: "dpf-before-decision", value: "dpf" });
      else if (mechanism !== "dpf") mistakes.push({ part: "mechanism", code: "dpf-for-uncertified-importer", value: "dpf" });
      if (mechanism === "dpf") mistakes.push({ part: "mechanism", code: "dpf-missed", value: withoutAdequacy });
    }
    if (mechanism === "adequacy") {
      const code = p.importerCountry === "GB" ? "uk-adequacy-missed" : p.importerCountry === "BR" ? "brazil-adequacy-missed" : "adequacy-missed";
      mistakes.push({ part: "mechanism", code, value: withoutAdequacy });
      mistakes.push({ part: "tiaRequired", code: "tia-under-adequacy", value: "yes" });
      mistakes.push({ part: "documents", code: "tia-under-adequacy", value: DOCUMENTS[withoutAdequacy] });
    } else if (p.importerCountry === "BR") {
      mistakes.push({ part: "mechanism", code: "brazil-adequacy-too-early", value: "adequacy" });
    } else if (mechanism !== "dpf") {
      mistakes.push({ part: "mechanism", code: "adequacy-assumed", value: "adequacy" });
    }
    if (mechanism === "art49-derogation") mistakes.push({ part: "mechanism", code: "derogation-missed", value: "not-permitted" });
    if (mechanism === "not-permitted") mistakes.push({ part: "mechanism", code: "derogation-for-systematic-transfer", value: "art49-derogation" });
    if (mechanism === "bcrs") mistakes.push({ part: "mechanism", code: "bcrs-overlooked", value: "sccs" });
    if (mechanism === "sccs") {
      const reversed = GDPR_SCC_MODULES.value[`${p.importerRole}-to-${p.exporterRole}`];
      if (reversed !== solution.answer.sccModule) mistakes.push({ part: "sccModule", code: "module-direction-reversed", value: reversed });
      if (solution.answer.sccModule !== "module-1") mistakes.push({ part: "sccModule", code: "roles-ignored", value: "module-1" });
      mistakes.push({ part: "tiaRequired", code: "tia-skipped", value: "no" });
      mistakes.push({ part: "documents", code: "tia-skipped", value: ["signed-sccs"] });
    }
    if (mechanism === "bcrs") {
      mistakes.push({ part: "tiaRequired", code: "tia-skipped", value: "no" });
      mistakes.push({ part: "documents", code: "tia-skipped", value: ["bcr-approval"] });
    }
    if (mechanism !== "sccs") mistakes.push({ part: "sccModule", code: "sccs-where-not-needed", value: GDPR_SCC_MODULES.value[`${p.exporterRole}-to-${p.importerRole}`] });
    return mistakes;
  },
};
