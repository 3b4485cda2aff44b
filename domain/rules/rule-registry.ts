/**
 * Every rule the engines can cite, indexed by id: the "rules now in force" a certificate's recorded
 * rule versions are compared with. A unit test fails when a rule file is missing from this list or
 * an engine cites a rule that is not here.
 */
import * as euCustomsProcedure from "./eu-customs-procedure";
import * as euImportLowValue from "./eu-import-low-value";
import * as euOssDistanceSales from "./eu-oss-distance-sales";
import * as euVatReducedRates from "./eu-vat-reduced-rates";
import * as euVatStandardRates from "./eu-vat-standard-rates";
import * as gdprTransfers from "./gdpr-transfers";
import * as growthAttribution from "./growth-attribution";
import * as growthForecastError from "./growth-forecast-error";
import * as growthStatistics from "./growth-statistics";
import * as landedCost from "./landed-cost";
import * as localizationFormat from "./localization-format";
import * as localizationMarkets from "./localization-markets";
import * as lowValueRegimes from "./low-value-regimes";
import * as money from "./money";
import * as piplExport from "./pipl-export";
import * as productCompliance from "./product-compliance";
import type { Rule } from "./rule";
import * as ukLowValue from "./uk-low-value";
import * as usDeMinimis from "./us-de-minimis";
import * as usSalesTaxNexus from "./us-sales-tax-nexus";

/** The rule files read into the registry, by file name (checked against domain/rules/ by a test). */
export const RULE_MODULES: Readonly<Record<string, object>> = {
  "eu-customs-procedure": euCustomsProcedure,
  "eu-import-low-value": euImportLowValue,
  "eu-oss-distance-sales": euOssDistanceSales,
  "eu-vat-reduced-rates": euVatReducedRates,
  "eu-vat-standard-rates": euVatStandardRates,
  "gdpr-transfers": gdprTransfers,
  "growth-attribution": growthAttribution,
  "growth-forecast-error": growthForecastError,
  "growth-statistics": growthStatistics,
  "landed-cost": landedCost,
  "product-compliance": productCompliance,
  "localization-format": localizationFormat,
  "localization-markets": localizationMarkets,
  "low-value-regimes": lowValueRegimes,
  money,
  "pipl-export": piplExport,
  "uk-low-value": ukLowValue,
  "us-de-minimis": usDeMinimis,
  "us-sales-tax-nexus": usSalesTaxNexus,
};

function isRule(value: unknown): value is Rule<unknown> {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof Rule<unknown>, unknown>>;
  return typeof candidate.id === "string" && typeof candidate.version === "number" && typeof candidate.from === "string" && Array.isArray(candidate.sources);
}

/**
 * Collects the rules found in exported values (single rules, arrays of rules, records of either),
 * keyed by id. Should two objects share an id, the higher version wins: a correction keeps the id.
 */
export function collectRules(values: Iterable<unknown>): Map<string, Rule<unknown>> {
  const rules = new Map<string, Rule<unknown>>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3 || typeof value !== "object" || value === null) return;
    if (isRule(value)) {
      const known = rules.get(value.id);
      if (!known || known.version < value.version) rules.set(value.id, value);
      return;
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1);
  };
  for (const value of values) visit(value, 0);
  return rules;
}

let registry: ReadonlyMap<string, Rule<unknown>> | undefined;

/** All rules, by id, in their current version. */
export function ruleRegistry(): ReadonlyMap<string, Rule<unknown>> {
  registry ??= collectRules(Object.values(RULE_MODULES).flatMap((module) => Object.values(module)));
  return registry;
}
