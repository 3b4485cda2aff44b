/** Engines of the compliance-architect track, keyed by id (spread into ENGINES). */
import type { AnyEngine } from "../../engine";
import { euOssDistanceSalesThreshold } from "./eu-oss-distance-sales-threshold";
import { ukLowValueConsignment } from "./uk-low-value-consignment";
import { usSalesTaxNexus } from "./us-sales-tax-nexus";
import { gdprTransferMechanism } from "./gdpr-transfer-mechanism";
import { piplExportMechanism } from "./pipl-export-mechanism";
import { customsHoldBranching } from "./customs-hold-branching";
import { usDeMinimisEntry } from "./us-de-minimis-entry";
import { lowValueRegimesCompare } from "./low-value-regimes-compare";
import { productComplianceObligations } from "./product-compliance-obligations";

export const COMPLIANCE_ENGINES: Record<string, AnyEngine> = Object.fromEntries(
  [euOssDistanceSalesThreshold, ukLowValueConsignment, usSalesTaxNexus, gdprTransferMechanism, piplExportMechanism, customsHoldBranching, usDeMinimisEntry, lowValueRegimesCompare, productComplianceObligations].map((engine) => [engine.id, engine as AnyEngine]),
);
