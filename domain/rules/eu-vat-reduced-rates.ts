/**
 * Reduced and super-reduced VAT rates of the EU Member States since the e-commerce package
 * (2021-07-01), national rates only (regional rates such as Corsica, Madeira or the Canaries are
 * left out). Rates in percent, highest first. A change of which goods fall under a rate (e.g.
 * Dutch accommodation moving from 9% to 21%) does not change the list; it is named in the summary.
 * Source of record: the European Commission's TEDB, cross-checked with the dates in the
 * Borderless dossier §1.2.
 */
import type { EuMemberState } from "./eu-member-states";
import { ruleInForce, type IsoDate, type Rule, type RuleSource } from "./rule";

const TEDB: RuleSource = {
  title: "European Commission, Taxes in Europe Database (TEDB), VAT reduced rates",
  url: "https://ec.europa.eu/taxation_customs/tedb/",
};
const DIRECTIVE_ART_98: RuleSource = {
  title: "Council Directive 2006/112/EC, Art. 98-101 and Annex III (reduced rates), as amended by Directive (EU) 2022/542",
  url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006L0112-20250414",
};
const PACKAGE_START: IsoDate = "2021-07-01";

type Period = { rates: number[]; from?: IsoDate; until?: IsoDate; note?: string; source?: RuleSource };

/** Each Member State's reduced-rate lists, oldest first, contiguous. */
const PERIODS: Record<EuMemberState, Period[]> = {
  AT: [
    { rates: [13, 10], until: "2026-06-30" },
    { rates: [13, 10, 4.9], from: "2026-07-01", note: "4.9% on selected basic foods", source: { title: "Austria, 4.9% VAT on selected basic foods from 1 July 2026 (TEDB; press reports)" } },
  ],
  BE: [{ rates: [12, 6] }],
  BG: [{ rates: [9] }],
  HR: [{ rates: [13, 5] }],
  CY: [
    { rates: [9, 5], until: "2023-07-20" },
    { rates: [9, 5, 3], from: "2023-07-21", note: "3% on books, disability aids and some services" },
  ],
  CZ: [
    { rates: [15, 10], until: "2023-12-31" },
    { rates: [12], from: "2024-01-01", note: "10% and 15% merged into 12%", source: { title: "Czech Republic, Act No. 349/2023 Coll. (consolidation package), single reduced rate 12% from 1 January 2024" } },
  ],
  DK: [{ rates: [] }],
  EE: [
    { rates: [9, 5], until: "2024-12-31" },
    { rates: [13, 9], from: "2025-01-01", note: "accommodation 9→13, press 5→9" },
  ],
  FI: [
    { rates: [14, 10], until: "2025-12-31" },
    { rates: [13.5, 10], from: "2026-01-01", note: "14% lowered to 13.5%", source: { title: "Finnish Tax Administration, reduced VAT rate 13.5% from 1 January 2026", url: "https://www.vero.fi/en/" } },
  ],
  FR: [{ rates: [10, 5.5, 2.1] }],
  DE: [{ rates: [7] }],
  GR: [{ rates: [13, 6] }],
  HU: [{ rates: [18, 5] }],
  IE: [
    { rates: [13.5, 9, 4.8], note: "9% also for food-led hospitality and hairdressing again from 2026-07-01 (Dáil written answer 2025-10-21); 4.8% livestock" },
  ],
  IT: [{ rates: [10, 5, 4] }],
  LV: [{ rates: [12, 5] }],
  LT: [
    { rates: [9, 5], until: "2025-12-31" },
    { rates: [12, 5], from: "2026-01-01", note: "9% abolished: accommodation, transport, culture → 12; books, medicines → 5; heating → 21" },
  ],
  LU: [
    { rates: [14, 8, 3], until: "2022-12-31" },
    { rates: [13, 7, 3], from: "2023-01-01", until: "2023-12-31", note: "temporary 1-point cut for 2023", source: { title: "Luxembourg law of 26 October 2022, temporary 1-point VAT cut for 2023", url: "https://legilux.public.lu/" } },
    { rates: [14, 8, 3], from: "2024-01-01" },
  ],
  MT: [{ rates: [7, 5] }],
  NL: [{ rates: [9], note: "accommodation moved from 9% to 21% on 2026-01-01; 9% kept for culture, media and sport" }],
  PL: [{ rates: [8, 5] }],
  PT: [{ rates: [13, 6], note: "mainland rates" }],
  RO: [
    { rates: [9, 5], until: "2025-07-31" },
    { rates: [11], from: "2025-08-01", note: "5% and 9% merged into 11%", source: { title: "Romania, Law 141/2025 (reduced VAT rate 11% from 1 August 2025)", url: "https://static.anaf.ro/" } },
  ],
  SK: [
    // The pre-2025 list (10%) is widely known but not confirmed by the dossier's sources.
    { rates: [10], until: "2024-12-31" },
    { rates: [19, 5], from: "2025-01-01", note: "new 19% and 5% rates", source: { title: "Slovakia, Act No. 278/2024 Coll. (reduced VAT rates 19% and 5% from 1 January 2025)", url: "https://www.financnasprava.sk/en/" } },
  ],
  SI: [{ rates: [9.5, 5] }],
  ES: [{ rates: [10, 4] }],
  SE: [{ rates: [12, 6], note: "food temporarily moved from 12% to 6% from 2026-04-01 to 2027-12-31 (Prop. 2025/26:55)" }],
};

function toRules(state: EuMemberState, periods: Period[]): Rule<readonly number[]>[] {
  return periods.map((period) => {
    const from = period.from ?? PACKAGE_START;
    const list = period.rates.length > 0 ? period.rates.map((rate) => `${rate}%`).join(", ") : "none";
    return {
      id: `eu.vat.reduced-rates.${state}.${from}`,
      version: 1,
      summary: `Reduced VAT rates in ${state}: ${list}${period.note ? ` (${period.note})` : ""}`,
      value: period.rates,
      from,
      ...(period.until ? { until: period.until } : {}),
      sources: [period.source ?? TEDB, DIRECTIVE_ART_98],
    };
  });
}

export const EU_VAT_REDUCED_RATE_RULES: readonly Rule<readonly number[]>[] = Object.entries(PERIODS).flatMap(([state, periods]) =>
  toRules(state as EuMemberState, periods),
);

/** The national reduced VAT rates (percent, highest first; empty for Denmark) of `state` on `asOf`. */
export function euReducedVatRates(state: EuMemberState, asOf: IsoDate): Rule<readonly number[]> {
  const rules = EU_VAT_REDUCED_RATE_RULES.filter((rule) => rule.id.startsWith(`eu.vat.reduced-rates.${state}.`));
  return ruleInForce(rules, asOf, `reduced VAT rates of ${state}`);
}
