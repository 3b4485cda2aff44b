/**
 * Product compliance for sellers placing goods on the German and French markets, and CBAM for
 * importers of its goods: German packaging registration (VerpackG / LUCID), French EPR (AGEC:
 * eco-organisation membership and IDU, marketplace collection of IDUs, Triman + Info-tri), the EU
 * General Product Safety Regulation (responsible economic operator, online listing information)
 * and the Carbon Border Adjustment Mechanism (transitional reporting, then the definitive period
 * with the 50 t per importer per year threshold).
 *
 * Not modelled here: the EU Packaging and Packaging Waste Regulation (Reg. 2025/40, applying from
 * 2026-08-12), whose harmonised labels and interaction with Triman are not yet settled; product EPR
 * streams other than packaging (electrical equipment, textiles, toys, furniture, ...).
 */
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

// --- Germany: Verpackungsgesetz -----------------------------------------------------------------

const VERPACKG: RuleSource = {
  title: "Verpackungsgesetz (VerpackG) of 2017-07-05, BGBl. I S. 2234, §§ 7 and 9; Zentrale Stelle Verpackungsregister (LUCID)",
  url: "https://www.verpackungsregister.org/",
};
const VERPACKG_2021_AMENDMENT: RuleSource = {
  title: "Gesetz zur Umsetzung von Vorgaben der Einwegkunststoffrichtlinie und der Abfallrahmenrichtlinie im Verpackungsgesetz of 2021-05-09 (BGBl. I S. 1699): VerpackG § 9 as amended, in force 2022-07-01",
  url: "https://www.umweltbundesamt.de/themen/abfall-ressourcen/produktverantwortung-in-der-abfallwirtschaft/verpackungen/verpackungsgesetz",
};

export type LucidScope = {
  /** Packaging whose first placer on the German market must register in LUCID before selling. */
  packaging: "household" | "all";
};

/**
 * Registration in LUCID before first placing goods in packaging on the German market, wherever the
 * producer is established. Household ("systembeteiligungspflichtige") packaging also needs a dual
 * system contract. Until 2022-06-30 only producers of household packaging had to register.
 */
export const DE_LUCID_REGISTRATION_RULES: readonly Rule<LucidScope>[] = [
  {
    id: "de.verpackg.lucid-registration.household",
    version: 1,
    summary:
      "Any business that first places goods in household packaging on the German market, including a foreign online seller shipping to German consumers, must register in LUCID (Zentrale Stelle Verpackungsregister) before selling and join a dual system; unregistered packaging may not be sold",
    value: { packaging: "household" },
    from: "2019-01-01",
    until: "2022-06-30",
    sources: [VERPACKG],
  },
  {
    id: "de.verpackg.lucid-registration.all-packaging",
    version: 1,
    summary:
      "From 2022-07-01 every producer of filled packaging placed on the German market registers in LUCID, for all packaging types (household, transport, commercial and industrial), wherever it is established; household packaging also needs a dual system",
    value: { packaging: "all" },
    from: "2022-07-01",
    sources: [VERPACKG_2021_AMENDMENT, VERPACKG],
  },
];

export function deLucidRegistrationRule(asOf: IsoDate): Rule<LucidScope> {
  return ruleInForce(DE_LUCID_REGISTRATION_RULES, asOf, "German packaging registration (LUCID)");
}

export const DE_MARKETPLACE_REGISTRATION_CHECK: Rule<"verify-lucid-registration"> = {
  id: "de.verpackg.marketplace-registration-check",
  version: 1,
  summary:
    "Operators of electronic marketplaces (and fulfilment service providers) must not let a seller offer packaged goods in Germany unless it is registered in LUCID (and, for household packaging, in a dual system)",
  value: "verify-lucid-registration",
  from: "2022-07-01",
  sources: [VERPACKG_2021_AMENDMENT],
};

// --- France: loi AGEC ---------------------------------------------------------------------------

const AGEC: RuleSource = {
  title: "Loi n° 2020-105 du 10 février 2020 (AGEC); Code de l'environnement, art. L.541-10 and L.541-10-13 (IDU), L.541-10-9 (marketplaces)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000041553759",
};

export const FR_EPR_PRODUCER_IDU: Rule<{ streams: readonly ("household-packaging" | "professional-packaging")[] }> = {
  id: "fr.agec.epr-producer-idu",
  version: 1,
  summary:
    "A producer placing household packaging (or another EPR product) on the French market, including a foreign seller shipping to French consumers, joins an approved eco-organisation for each EPR stream (e.g. Citeo or Léko for packaging) and receives an ADEME unique identifier (IDU, \"FR…\"); a producer not established in France in practice acts through a French authorised representative",
  value: { streams: ["household-packaging"] },
  from: "2022-01-01",
  sources: [AGEC, { title: "ADEME, Identifiant unique (IDU) des producteurs soumis à une filière REP", url: "https://www.ecologie.gouv.fr/politiques-publiques/identifiant-unique" }],
};

export const FR_MARKETPLACE_IDU_COLLECTION: Rule<"collect-idu-or-pay-eco-fees"> = {
  id: "fr.agec.marketplace-idu-collection",
  version: 1,
  summary:
    "A marketplace that lets sellers sell EPR products or packaged goods to French customers must collect each seller's IDU; where a seller cannot show one, the marketplace pays the eco-fees on its behalf",
  value: "collect-idu-or-pay-eco-fees",
  from: "2022-01-01",
  sources: [AGEC],
};

/**
 * EPR for packaging used by professionals (B2B). The law set 2025-01-01, Décret n° 2025-1081 of
 * 2025-11-17 set 2026-01-01, and the government then announced the operational start (eco-
 * organisation approvals, first IDUs) for 2026-07-01 with no retroactive eco-fees; we date it from
 * the operational start, when a producer can actually join an eco-organisation.
 */
export const FR_PROFESSIONAL_PACKAGING_EPR: Rule<"professional-packaging"> = {
  id: "fr.agec.professional-packaging-epr",
  version: 1,
  summary:
    "Producers of packaging of goods sold to professionals (B2B: sales, grouped and transport packaging) join an eco-organisation of the new professional-packaging EPR stream and receive an IDU; operational start 2026-07-01 (no eco-fees owed for 2026-01-01 to 2026-06-30)",
  value: "professional-packaging",
  from: "2026-07-01",
  sources: [
    { title: "Code de l'environnement, art. L.541-10-1, 2° (emballages servant à commercialiser les produits consommés ou utilisés par les professionnels)" },
    { title: "Décret n° 2025-1081 du 17 novembre 2025 (REP des emballages professionnels); arrêté du 2 décembre 2025 (cahiers des charges), in force 2026-07-01" },
  ],
};

export type TrimanTransition = {
  /** Goods made or imported before this date may still be sold without Info-tri, until `until` of the rule. */
  stockMadeBeforeExempt: IsoDate | null;
};

const TRIMAN_DECREE: RuleSource = {
  title: "Code de l'environnement, art. L.541-9-3 and R.541-12-17 ff. (Décret n° 2021-835 du 29 juin 2021 relatif à la signalétique Triman et à l'info-tri)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043721471",
};

/**
 * Triman logo plus Info-tri sorting instructions on household packaging and other household EPR
 * products sold in France (household glass beverage packaging excepted; never on B2B packaging).
 * Goods made or imported before 2022-09-09 could be sold in old packaging until 2023-03-09.
 */
export const FR_TRIMAN_INFO_TRI_RULES: readonly Rule<TrimanTransition>[] = [
  {
    id: "fr.triman-info-tri.transition",
    version: 1,
    summary:
      "Triman logo plus Info-tri sorting instructions required on household packaging sold in France from 2022-01-01; goods made or imported before 2022-09-09 may be sold in old packaging until 2023-03-09. The Green Dot may not be used in France.",
    value: { stockMadeBeforeExempt: "2022-09-09" },
    from: "2022-01-01",
    until: "2023-03-09",
    sources: [TRIMAN_DECREE],
  },
  {
    id: "fr.triman-info-tri",
    version: 1,
    summary: "Triman logo plus Info-tri sorting instructions required on all household packaging and household EPR products sold in France (household glass beverage packaging excepted); B2B packaging is out of scope",
    value: { stockMadeBeforeExempt: null },
    from: "2023-03-10",
    sources: [TRIMAN_DECREE],
  },
];

export function frTrimanRule(asOf: IsoDate): Rule<TrimanTransition> {
  return ruleInForce(FR_TRIMAN_INFO_TRI_RULES, asOf, "French Triman and Info-tri labelling");
}

// --- EU: product safety -------------------------------------------------------------------------

const GPSR: RuleSource = {
  title: "Regulation (EU) 2023/988 (General Product Safety Regulation), Art. 4, Art. 19, Art. 22; applies from 2024-12-13",
  url: "https://eur-lex.europa.eu/eli/reg/2023/988/oj",
};

export const EU_GPSD_NO_LISTING_REQUIREMENT: Rule<"no-listing-or-eu-operator-requirement"> = {
  id: "eu.gpsd.no-online-listing-requirement",
  version: 1,
  summary:
    "Under the General Product Safety Directive 2001/95/EC a consumer product needed no EU-established responsible operator and online listings had no mandatory product-safety information; replaced by the GPSR on 2024-12-13",
  value: "no-listing-or-eu-operator-requirement",
  from: "2004-01-15",
  until: "2024-12-12",
  sources: [{ title: "Directive 2001/95/EC on general product safety (repealed by Reg. (EU) 2023/988 with effect from 2024-12-13)", url: "https://eur-lex.europa.eu/eli/dir/2001/95/oj" }],
};

export const EU_GPSR_RESPONSIBLE_OPERATOR: Rule<"eu-established-operator"> = {
  id: "eu.gpsr.responsible-economic-operator",
  version: 1,
  summary:
    "No consumer product may be placed on the EU market unless an economic operator established in the EU (manufacturer, importer, authorised representative or fulfilment service provider) is responsible for it; a seller outside the EU must make sure one exists and is named",
  value: "eu-established-operator",
  from: "2024-12-13",
  sources: [GPSR],
};

export const EU_GPSR_ONLINE_LISTING: Rule<readonly string[]> = {
  id: "eu.gpsr.online-listing-information",
  version: 1,
  summary:
    "Every online or distance-sales offer of a consumer product shows the manufacturer's name, postal and electronic address; the EU responsible person if the manufacturer is outside the EU; a product identifier and picture; warnings and safety information in the language of the Member State",
  value: ["manufacturer-contact", "eu-responsible-person", "product-identifier-and-picture", "warnings-and-safety-information"],
  from: "2024-12-13",
  sources: [GPSR],
};

// --- EU: CBAM -----------------------------------------------------------------------------------

export type CbamGoods = "cement" | "iron-steel" | "aluminium" | "fertilisers" | "hydrogen" | "electricity";

const CBAM_REGULATION: RuleSource = {
  title: "Regulation (EU) 2023/956 (CBAM), Art. 2 and Annex I; transitional period Art. 32–35 and Implementing Reg. (EU) 2023/1773",
  url: "https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism_en",
};

export const EU_CBAM_GOODS: Rule<readonly CbamGoods[]> = {
  id: "eu.cbam.goods",
  version: 1,
  summary:
    "CBAM goods (Annex I): cement, iron and steel (e.g. CN chapter 72 and headings 7301–7311, 7318 screws and bolts, 7326), aluminium (e.g. 7601, 7603–7614, 7616 other articles), fertilisers, hydrogen and electricity",
  value: ["cement", "iron-steel", "aluminium", "fertilisers", "hydrogen", "electricity"],
  from: "2023-10-01",
  sources: [CBAM_REGULATION],
};

export const EU_CBAM_TRANSITIONAL: Rule<{ deMinimisEurPerConsignment: number }> = {
  id: "eu.cbam.transitional-reporting",
  version: 1,
  summary:
    "Transitional period: the importer (or its indirect customs representative) files quarterly CBAM reports on the embedded emissions of CBAM goods imported; no certificates are bought; consignments of intrinsic value up to EUR 150 are exempt",
  value: { deMinimisEurPerConsignment: 150 },
  from: "2023-10-01",
  until: "2025-12-31",
  sources: [CBAM_REGULATION],
};

export const EU_CBAM_DEFINITIVE: Rule<{ thresholdTonnesPerYear: number; outsideThreshold: readonly CbamGoods[] }> = {
  id: "eu.cbam.definitive.50t-threshold",
  version: 1,
  summary:
    "Definitive period: only an authorised CBAM declarant may import CBAM goods, unless the importer's cumulated net mass of CBAM goods in the calendar year stays at or below 50 t (hydrogen and electricity count from the first unit); exceeding 50 t makes the whole year's imports subject to CBAM. The 50 t test replaced the EUR 150-per-consignment de minimis. A non-EU importer acts through its indirect customs representative. Certificates on sale from 2027-02-01; annual declaration by 30 September of the following year.",
  value: { thresholdTonnesPerYear: 50, outsideThreshold: ["hydrogen", "electricity"] },
  from: "2026-01-01",
  sources: [
    { title: "Regulation (EU) 2025/2083 amending Reg. (EU) 2023/956 (CBAM simplification, \"Omnibus\"), in force 2025-10-20", url: "https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism_en" },
    CBAM_REGULATION,
  ],
};
