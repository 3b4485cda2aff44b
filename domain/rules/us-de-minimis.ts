/**
 * US de minimis (19 U.S.C. 1321: duty- and tax-free entry of shipments worth up to USD 800 per
 * person per day) and its suspension: for China/Hong Kong from 2025-05-02, for all countries from
 * 2025-08-29, codified indefinitely by CBP on 2026-06-24; statutory repeal for commercial shipments
 * from 2027-07-01. Each rule says whether a commercial shipment can still use de minimis.
 */
import { isInForce, type IsoDate, type Rule } from "./rule";

export type DeMinimisStatus = { available: boolean; origins: "all" | readonly string[]; basis: string };

export const US_DE_MINIMIS_RULES: readonly Rule<DeMinimisStatus>[] = [
  {
    id: "us.de-minimis.statutory-800",
    version: 1,
    summary: "Shipments of aggregate fair retail value up to USD 800, imported by one person on one day, enter free of duty and taxes (Section 321)",
    value: { available: true, origins: "all", basis: "statute-800" },
    from: "2016-03-10",
    sources: [{ title: "19 U.S.C. 1321(a)(2)(C), as amended by the Trade Facilitation and Trade Enforcement Act of 2015, s. 901", url: "https://www.law.cornell.edu/uscode/text/19/1321" }],
  },
  {
    id: "us.de-minimis.suspension.cn-hk",
    version: 1,
    summary: "De minimis no longer available for products of China and Hong Kong; postal items pay ad valorem or per-item duties",
    value: { available: false, origins: ["CN", "HK"], basis: "eo-suspension-cn-hk" },
    from: "2025-05-02",
    until: "2025-08-28",
    sources: [{ title: "Executive Order 14256 (as amended by EOs 14259 and 14266); CBP Federal Register notice of 2025-04-28" }],
  },
  {
    id: "us.de-minimis.suspension.all-countries",
    version: 1,
    summary: "De minimis suspended for commercial shipments from all countries (bona fide gifts up to USD 100 stay duty-free); continued after Learning Resources v. Trump (2026-02-20) and codified indefinitely by CBP interim final rules of 2026-06-24 (91 FR 37789, 91 FR 37801)",
    value: { available: false, origins: "all", basis: "eo-suspension-all-countries" },
    from: "2025-08-29",
    until: "2027-06-30",
    sources: [
      { title: "Executive Order 14324 of 2025-07-30 (suspending duty-free de minimis treatment for all countries)" },
      { title: "CBP interim final rules, 91 FR 37789 and 91 FR 37801 (2026-06-24)" },
    ],
  },
  {
    id: "us.de-minimis.statutory-repeal",
    version: 1,
    summary: "Statutory de minimis repealed for commercial shipments from all countries (One Big Beautiful Bill Act)",
    value: { available: false, origins: "all", basis: "statutory-repeal-obbba" },
    from: "2027-07-01",
    sources: [{ title: "Public Law 119-21 (One Big Beautiful Bill Act), 2025-07-04" }],
  },
];

/** The rule deciding whether a commercial shipment from `origin` can use de minimis on `asOf`. */
export function usDeMinimisRule(origin: string, asOf: IsoDate): Rule<DeMinimisStatus> {
  const suspensions = US_DE_MINIMIS_RULES.filter((rule) => !rule.value.available && isInForce(rule, asOf) && (rule.value.origins === "all" || rule.value.origins.includes(origin)));
  if (suspensions[0]) return suspensions[0];
  return US_DE_MINIMIS_RULES[0]!;
}

export const US_DE_MINIMIS_LIMIT_USD = 800;

export const US_INFORMAL_ENTRY_LIMIT: Rule<number> = {
  id: "us.customs.informal-entry-limit",
  version: 1,
  summary: "Commercial shipments valued up to USD 2,500 may be entered on an informal entry; above that a formal entry (with a bond) is required",
  value: 2500,
  from: "2012-06-30",
  sources: [{ title: "19 CFR 143.21(a) and 19 CFR 10.1(a) (informal entry limit USD 2,500)", url: "https://www.ecfr.gov/current/title-19/chapter-I/part-143/subpart-C" }],
};
