import { describe, expect, it } from "vitest";
import { lowValueRegimesCompare as engine, type LowValueCompareParams } from "@/domain/simulations/engines/compliance/low-value-regimes-compare";

const base: LowValueCompareParams = { asOf: "2026-11-24", channel: "own-webshop", valueAud: 1000, valueNzd: 1000, valueNok: 2999, valueCad: 40, canadaShipsFrom: "US" };
const solve = (overrides: Partial<LowValueCompareParams>) => engine.solve({ ...base, ...overrides }).answer;

describe("low-value regimes compared", () => {
  it("keeps AUD/NZD 1,000 inside the point-of-sale regimes and NOK 3,000 outside VOEC", () => {
    expect(solve({})).toMatchObject({ australia: "seller-at-checkout", newZealand: "seller-at-checkout", norway: "seller-at-checkout", canada: "free-of-duty-and-tax" });
    expect(solve({ valueAud: 1001, valueNzd: 1001, valueNok: 3000 })).toMatchObject({ australia: "at-border", newZealand: "at-border", norway: "at-border" });
  });

  it("applies Canada's CUSMA courier thresholds only to US/Mexico shipments", () => {
    expect(solve({ valueCad: 150 }).canada).toBe("taxes-only");
    expect(solve({ valueCad: 150.01 }).canada).toBe("duty-and-taxes");
    expect(solve({ valueCad: 20, canadaShipsFrom: "CN" }).canada).toBe("free-of-duty-and-tax");
    expect(solve({ valueCad: 32, canadaShipsFrom: "CN" }).canada).toBe("duty-and-taxes");
  });

  it("makes Swiss platforms deemed suppliers from 2025-01-01", () => {
    expect(solve({ channel: "marketplace", asOf: "2024-12-31" }).switzerland).toBe("seller-at-checkout");
    expect(solve({ channel: "marketplace", asOf: "2025-01-01" }).switzerland).toBe("platform-at-checkout");
  });
});
