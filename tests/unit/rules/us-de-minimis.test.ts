import { describe, expect, it } from "vitest";
import { usDeMinimisRule } from "@/domain/rules/us-de-minimis";
import { usDeMinimisEntry as engine } from "@/domain/simulations/engines/compliance/us-de-minimis-entry";

describe("US de minimis as of a date", () => {
  it("suspends it for China and Hong Kong from 2025-05-02 and for everyone from 2025-08-29", () => {
    expect(usDeMinimisRule("CN", "2025-05-01").value.available).toBe(true);
    expect(usDeMinimisRule("CN", "2025-05-02").value.basis).toBe("eo-suspension-cn-hk");
    expect(usDeMinimisRule("DE", "2025-08-28").value.available).toBe(true);
    expect(usDeMinimisRule("DE", "2025-08-29").value.basis).toBe("eo-suspension-all-countries");
    expect(usDeMinimisRule("CN", "2025-08-29").value.basis).toBe("eo-suspension-all-countries");
    expect(usDeMinimisRule("MX", "2027-07-01").value.basis).toBe("statutory-repeal-obbba");
  });

  it("routes entries by value once de minimis is gone", () => {
    expect(engine.solve({ asOf: "2024-11-01", origin: "VN", valueUsd: 799 }).answer).toEqual({ dutyFree: "yes", entryRoute: "section-321-release", legalBasis: "statute-800" });
    expect(engine.solve({ asOf: "2024-11-01", origin: "VN", valueUsd: 800.01 }).answer.entryRoute).toBe("informal-entry");
    expect(engine.solve({ asOf: "2026-03-01", origin: "GB", valueUsd: 2500 }).answer.entryRoute).toBe("informal-entry");
    expect(engine.solve({ asOf: "2026-03-01", origin: "GB", valueUsd: 2500.01 }).answer.entryRoute).toBe("formal-entry");
  });
});
