/**
 * China PIPL: which mechanism a (non-CIIO or CIIO) data handler needs to provide personal
 * information abroad — none, the CAC standard contract (filed) or certification, or a CAC security
 * assessment — under the Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Order
 * No. 16, in force 2024-03-22). Volumes count individuals cumulatively since 1 January of the
 * current year. Earlier periods (2022 Measures thresholds) are not modelled.
 */
import type { Rule, RuleSource } from "./rule";

const PIPL: RuleSource = { title: "Personal Information Protection Law of the PRC, Art. 38-39 and Art. 55(4)" };

export const PIPL_ORDER_16_START = "2024-03-22";

export type PiplThresholds = {
  /** Non-sensitive PI of fewer individuals than this (since 1 Jan) needs no mechanism. */
  exemptBelowIndividuals: number;
  /** Non-sensitive PI of at least this many individuals needs a security assessment. */
  assessmentFromIndividuals: number;
  /** Sensitive PI of at least this many individuals needs a security assessment; any fewer needs a contract or certification. */
  assessmentFromSensitiveIndividuals: number;
};

export const PIPL_VOLUME_THRESHOLDS: Rule<PiplThresholds> = {
  id: "cn.pipl.export-volume-thresholds",
  version: 1,
  summary: "Non-CIIO handlers, counting since 1 January of the current year: non-sensitive PI of < 100,000 individuals is exempt; 100,000 to < 1,000,000 individuals, or sensitive PI of < 10,000, needs the standard contract or certification; ≥ 1,000,000 individuals or sensitive PI of ≥ 10,000 needs a CAC security assessment. Splitting volumes to avoid the assessment is prohibited.",
  value: { exemptBelowIndividuals: 100_000, assessmentFromIndividuals: 1_000_000, assessmentFromSensitiveIndividuals: 10_000 },
  from: PIPL_ORDER_16_START,
  sources: [{ title: "CAC Order No. 16, Art. 5(4), Art. 7, Art. 8" }, PIPL],
};

export const PIPL_CONTRACT_EXEMPTION: Rule<"exempt"> = {
  id: "cn.pipl.export-exemption.contract-necessity",
  version: 1,
  summary: "Providing PI abroad where necessary to conclude or perform a contract to which the individual is a party (e.g. cross-border shopping, delivery, payment) is exempt from the security assessment, standard contract and certification, whatever the volume; it does not cover important data",
  value: "exempt",
  from: PIPL_ORDER_16_START,
  sources: [{ title: "CAC Order No. 16, Art. 5(1)" }],
};

export const PIPL_SECURITY_ASSESSMENT: Rule<"cac-assessment"> = {
  id: "cn.pipl.security-assessment",
  version: 1,
  summary: "A CAC security assessment (applied for through the provincial CAC, with a data-export risk self-assessment report) is required for important data, for any PI provided by a CIIO (unless exempt), and above the volume thresholds",
  value: "cac-assessment",
  from: PIPL_ORDER_16_START,
  sources: [
    { title: "CAC, Measures for the Security Assessment of Outbound Data Transfers (in force 2022-09-01), Art. 4-6" },
    { title: "CAC Order No. 16, Art. 7" },
  ],
};

export const PIPL_STANDARD_CONTRACT: Rule<{ filingWorkingDays: number }> = {
  id: "cn.pipl.standard-contract-or-certification",
  version: 1,
  summary: "In the middle tier the handler signs the CAC standard contract and files it with the provincial CAC within 10 working days of it taking effect, or obtains PI protection certification (Certification Measures, CAC/SAMR Order No. 20, in force 2026-01-01; certificates valid 3 years)",
  value: { filingWorkingDays: 10 },
  from: PIPL_ORDER_16_START,
  sources: [
    { title: "CAC, Measures on the Standard Contract for Outbound Transfer of Personal Information (in force 2023-06-01), Art. 7" },
    { title: "CAC Order No. 16, Art. 8" },
    { title: "CAC/SAMR, Measures for Personal Information Outbound Transfer Certification (Order No. 20), in force 2026-01-01" },
  ],
};

export const PIPL_IMPACT_ASSESSMENT: Rule<"pipia-required"> = {
  id: "cn.pipl.pipia",
  version: 1,
  summary: "Every provision of PI abroad needs a prior personal-information protection impact assessment, kept for at least 3 years; the Order No. 16 exemptions lift the filings, not this duty",
  value: "pipia-required",
  from: "2021-11-01",
  sources: [PIPL],
};
