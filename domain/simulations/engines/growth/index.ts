/** Engines of the growth-engineer track: localization, pricing, experimentation, attribution, forecasting. */
import type { AnyEngine } from "../../engine";
import { abTestSignificance } from "./ab-test-significance";
import { attributionCredit } from "./attribution-credit";
import { forecastError } from "./forecast-error";
import { landedCostPricing } from "./landed-cost-pricing";
import { localizedPriceDisplay } from "./localized-price-display";

export const GROWTH_ENGINES: Record<string, AnyEngine> = {
  [localizedPriceDisplay.id]: localizedPriceDisplay,
  [landedCostPricing.id]: landedCostPricing,
  [abTestSignificance.id]: abTestSignificance,
  [attributionCredit.id]: attributionCredit,
  [forecastError.id]: forecastError,
};
