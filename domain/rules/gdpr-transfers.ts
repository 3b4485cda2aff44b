/**
 * GDPR Chapter V: the mechanisms that allow a transfer of personal data out of the EEA, in the
 * order an exporter checks them — adequacy (Art. 45, incl. the EU-US Data Privacy Framework for
 * certified organisations), appropriate safeguards (Art. 46: SCCs with the module matching the
 * roles, BCRs under Art. 47), then the Art. 49 derogations for occasional transfers.
 */
import { isInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

const GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";
const EC_ADEQUACY: RuleSource = {
  title: "European Commission, Adequacy decisions (list of countries)",
  url: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en",
};

/** Adequacy of a whole country (or its commercial sector). ISO 3166-1 alpha-2 codes. */
const ADEQUATE: { country: string; from: IsoDate; until?: IsoDate; decision: string; version?: number; pending?: string }[] = [
  { country: "CH", from: "2000-07-26", decision: "Commission Decision 2000/518/EC (Switzerland)" },
  // The Crown Dependencies, Andorra and the Faroe Islands: decisions under Directive 95/46/EC kept by GDPR Art. 45(9), all confirmed in the Commission's review of 2024-01-15.
  { country: "GG", from: "2003-11-21", decision: "Commission Decision 2003/821/EC (Guernsey), confirmed in the Commission's first review of 2024-01-15" },
  { country: "IM", from: "2004-04-28", decision: "Commission Decision 2004/411/EC (Isle of Man), confirmed in the Commission's first review of 2024-01-15" },
  { country: "JE", from: "2008-05-08", decision: "Commission Decision 2008/393/EC (Jersey), confirmed in the Commission's first review of 2024-01-15" },
  { country: "FO", from: "2010-03-05", decision: "Commission Decision 2010/146/EU (Faroe Islands), confirmed in the Commission's first review of 2024-01-15" },
  { country: "AD", from: "2010-10-19", decision: "Commission Decision 2010/625/EU (Andorra), confirmed in the Commission's first review of 2024-01-15" },
  { country: "CA", from: "2001-12-20", decision: "Commission Decision 2002/2/EC (Canada, organisations subject to PIPEDA)" },
  { country: "AR", from: "2003-06-30", decision: "Commission Decision 2003/490/EC (Argentina)" },
  { country: "IL", from: "2011-01-31", decision: "Commission Decision 2011/61/EU (Israel)" },
  { country: "NZ", from: "2012-12-19", decision: "Commission Implementing Decision 2013/65/EU (New Zealand)" },
  { country: "UY", from: "2012-08-21", decision: "Commission Implementing Decision 2012/484/EU (Uruguay)" },
  { country: "JP", from: "2019-01-23", decision: "Commission Implementing Decision (EU) 2019/419 (Japan)" },
  { country: "GB", from: "2021-06-28", until: "2025-12-18", decision: "Commission Implementing Decision (EU) 2021/1772 (United Kingdom), extended to 2025-12-27" },
  { country: "GB", from: "2025-12-19", decision: "Commission adequacy decision for the United Kingdom renewed 2025-12-19, valid until 2031", pending: "The renewed UK decision expires on 2031-12-27 unless renewed again" },
  { country: "KR", from: "2021-12-17", decision: "Commission Implementing Decision (EU) 2022/254 (Republic of Korea)" },
  // Version 2 corrects the act: Implementing Decision (EU) 2026/179 of 2026-01-26 (v1 said "adopted 2026-01-27", the day it was announced).
  { country: "BR", from: "2026-01-27", version: 2, decision: "Commission Implementing Decision (EU) 2026/179 of 26 January 2026 on the adequate protection of personal data by Brazil (OJ 2026-01-28, announced 2026-01-27; mutual adequacy)" },
];

export const GDPR_ADEQUACY_RULES: readonly Rule<string>[] = ADEQUATE.map((entry) => ({
  id: `gdpr.adequacy.${entry.country}.${entry.from}`,
  version: entry.version ?? 1,
  summary: `${entry.country} has an adequacy decision (GDPR Art. 45): ${entry.decision}`,
  value: entry.country,
  from: entry.from,
  ...(entry.until ? { until: entry.until } : {}),
  sources: [{ title: entry.decision }, EC_ADEQUACY],
  ...(entry.pending ? { pending: entry.pending } : {}),
}));

export const GDPR_DPF_ADEQUACY: Rule<"dpf-certified-only"> = {
  id: "gdpr.adequacy.us-dpf",
  version: 1,
  summary: "Transfers to US organisations certified under the EU-US Data Privacy Framework, for the data their certification covers, rest on adequacy; other US importers do not (the General Court dismissed Latombe, T-553/23, on 2025-09-03)",
  value: "dpf-certified-only",
  from: "2023-07-10",
  sources: [{ title: "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)", url: "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj" }],
};

/** The adequacy rule covering `country` on `asOf`, if any (DPF handled separately). */
export function adequacyFor(country: string, asOf: IsoDate): Rule<string> | undefined {
  return GDPR_ADEQUACY_RULES.find((rule) => rule.value === country && isInForce(rule, asOf));
}

export type SccModule = "module-1" | "module-2" | "module-3" | "module-4";
export type Role = "controller" | "processor";

export const GDPR_SCC_MODULES: Rule<Record<`${Role}-to-${Role}`, SccModule>> = {
  id: "gdpr.sccs.2021-914-modules",
  version: 1,
  summary: "Standard contractual clauses of Decision (EU) 2021/914 (usable from 2021-06-27), one module per pair of roles: 1 controller→controller, 2 controller→processor, 3 processor→processor, 4 processor→controller",
  value: { "controller-to-controller": "module-1", "controller-to-processor": "module-2", "processor-to-processor": "module-3", "processor-to-controller": "module-4" },
  from: "2021-06-27",
  sources: [
    { title: "Commission Implementing Decision (EU) 2021/914 of 4 June 2021 (SCCs for transfers to third countries), OJ L 199, 2021-06-07", url: "https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj" },
    { title: "GDPR Art. 46(2)(c)", url: GDPR },
  ],
};

export const GDPR_BCRS: Rule<"approved-bcrs"> = {
  id: "gdpr.bcrs",
  version: 1,
  summary: "Binding corporate rules approved by the competent supervisory authority (consistency mechanism) cover transfers within the group they bind",
  value: "approved-bcrs",
  from: "2018-05-25",
  sources: [{ title: "GDPR Art. 46(2)(b) and Art. 47", url: GDPR }],
};

export const GDPR_TRANSFER_IMPACT_ASSESSMENT: Rule<"required-for-art-46-tools"> = {
  id: "gdpr.transfer-impact-assessment",
  version: 1,
  summary: "Exporters relying on Art. 46 tools (SCCs, BCRs) must assess whether the importer's local law and practice undermine them and add supplementary measures where needed; not needed under adequacy or an Art. 49 derogation",
  value: "required-for-art-46-tools",
  from: "2020-07-16",
  sources: [
    { title: "CJEU, C-311/18 Data Protection Commissioner v Facebook Ireland and Schrems (Schrems II), 2020-07-16", url: "https://curia.europa.eu/juris/liste.jsf?num=C-311/18" },
    { title: "SCCs (EU) 2021/914, Clause 14; EDPB Recommendations 01/2020 on supplementary measures" },
  ],
};

export const GDPR_ART49_DEROGATIONS: Rule<readonly string[]> = {
  id: "gdpr.art49-derogations",
  version: 1,
  summary: "Without adequacy or appropriate safeguards, an occasional transfer may rely on an Art. 49(1) derogation: explicit informed consent, necessity for a contract with or in the interest of the data subject, important public interest, legal claims, vital interests, public register, or (last resort, with notice to the authority) compelling legitimate interests; never for systematic transfers",
  value: ["explicit-consent", "contract-necessity", "public-interest", "legal-claims", "vital-interests", "public-register", "compelling-legitimate-interests"],
  from: "2018-05-25",
  sources: [{ title: "GDPR Art. 49; EDPB Guidelines 2/2018 on derogations of Article 49", url: GDPR }],
};
