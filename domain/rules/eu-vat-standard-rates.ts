/**
 * Standard VAT rates of the EU Member States since the e-commerce package (2021-07-01).
 * Periods before 2021-07-01 are out of scope: IOSS and OSS did not exist.
 * Rates in percent. Source of record: the European Commission's TEDB (Taxes in Europe Database),
 * cross-checked with national announcements where a rate changed.
 */
import type { EuMemberState } from "./eu-member-states";
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

const TEDB: RuleSource = {
  title: "European Commission, Taxes in Europe Database (TEDB), VAT standard rates",
  url: "https://ec.europa.eu/taxation_customs/tedb/",
};
const DIRECTIVE_ART_96: RuleSource = {
  title: "Council Directive 2006/112/EC, Art. 96-97 (standard rate of at least 15%)",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006L0112-20250414",
};
const PACKAGE_START: IsoDate = "2021-07-01";

type Period = { rate: number; from?: IsoDate; until?: IsoDate; source?: RuleSource };

/** Each Member State's standard-rate periods, oldest first, contiguous. */
const PERIODS: Record<EuMemberState, Period[]> = {
  AT: [{ rate: 20 }],
  BE: [{ rate: 21 }],
  BG: [{ rate: 20 }],
  HR: [{ rate: 25 }],
  CY: [{ rate: 19 }],
  CZ: [{ rate: 21 }],
  DK: [{ rate: 25 }],
  EE: [
    { rate: 20, until: "2023-12-31" },
    { rate: 22, from: "2024-01-01", until: "2025-06-30" },
    { rate: 24, from: "2025-07-01", source: { title: "Estonian Tax and Customs Board, VAT rate 24% from 1 July 2025", url: "https://www.emta.ee/en" } },
  ],
  FI: [
    { rate: 24, until: "2024-08-31" },
    { rate: 25.5, from: "2024-09-01", source: { title: "Finnish Tax Administration, general VAT rate 25.5% from 1 September 2024", url: "https://www.vero.fi/en/" } },
  ],
  FR: [{ rate: 20 }],
  DE: [{ rate: 19 }],
  GR: [{ rate: 24 }],
  HU: [{ rate: 27 }],
  IE: [
    // Ireland's temporary 21% ran 2020-09-01 to 2021-02-28; 23% since 2021-03-01.
    { rate: 23 },
  ],
  IT: [{ rate: 22 }],
  LV: [{ rate: 21 }],
  LT: [{ rate: 21 }],
  LU: [
    { rate: 17, until: "2022-12-31" },
    { rate: 16, from: "2023-01-01", until: "2023-12-31", source: { title: "Luxembourg law of 26 October 2022, temporary 1-point VAT cut for 2023", url: "https://legilux.public.lu/" } },
    { rate: 17, from: "2024-01-01" },
  ],
  MT: [{ rate: 18 }],
  NL: [{ rate: 21 }],
  PL: [{ rate: 23 }],
  PT: [{ rate: 23 }],
  RO: [
    { rate: 19, until: "2025-07-31" },
    { rate: 21, from: "2025-08-01", source: { title: "Romania, Law 141/2025 (standard VAT rate 21% from 1 August 2025)", url: "https://static.anaf.ro/" } },
  ],
  SK: [
    { rate: 20, until: "2024-12-31" },
    { rate: 23, from: "2025-01-01", source: { title: "Slovakia, Act No. 278/2024 Coll. (standard VAT rate 23% from 1 January 2025)", url: "https://www.financnasprava.sk/en/" } },
  ],
  SI: [{ rate: 22 }],
  ES: [{ rate: 21 }],
  SE: [{ rate: 25 }],
};

function toRules(state: EuMemberState, periods: Period[]): Rule<number>[] {
  return periods.map((period) => {
    const from = period.from ?? PACKAGE_START;
    return {
      id: `eu.vat.standard-rate.${state}.${from}`,
      version: 1,
      summary: `Standard VAT rate in ${state}: ${period.rate}%`,
      value: period.rate,
      from,
      ...(period.until ? { until: period.until } : {}),
      sources: [period.source ?? TEDB, DIRECTIVE_ART_96],
    };
  });
}

export const EU_VAT_STANDARD_RATE_RULES: readonly Rule<number>[] = Object.entries(PERIODS).flatMap(
  ([state, periods]) => toRules(state as EuMemberState, periods),
);

const RULES_BY_STATE = new Map(Object.entries(PERIODS).map(([state, periods]) => [state, toRules(state as EuMemberState, periods)]));

/** The standard VAT rate rule (value in percent) of `state` in force on `asOf`. */
export function euStandardVatRate(state: EuMemberState, asOf: IsoDate): Rule<number> {
  return ruleInForce(RULES_BY_STATE.get(state) ?? [], asOf, `standard VAT rate of ${state}`);
}
