import { describe, expect, it } from "vitest";
import { gdprTransferMechanism as engine, type GdprTransferParams } from "@/domain/simulations/engines/compliance/gdpr-transfer-mechanism";

const base: GdprTransferParams = {
  asOf: "2026-03-01",
  importerCountry: "US",
  exporterRole: "controller",
  importerRole: "processor",
  importerDpfCertified: false,
  intraGroupBcr: false,
  importerSignsSccs: true,
  transferPattern: "systematic",
};
const solve = (overrides: Partial<GdprTransferParams>) => engine.solve({ ...base, ...overrides }).answer;

describe("GDPR Chapter V transfer mechanism", () => {
  it("uses SCC module 2 and a TIA for an uncertified US processor", () => {
    expect(solve({})).toEqual({ mechanism: "sccs", sccModule: "module-2", tiaRequired: "yes", documents: ["signed-sccs", "tia"] });
  });

  it("relies on the DPF for a certified US importer from 10 July 2023, not the day before", () => {
    expect(solve({ importerDpfCertified: true, asOf: "2023-07-10" })).toEqual({ mechanism: "dpf", sccModule: "none", tiaRequired: "no", documents: ["dpf-certification-check"] });
    expect(solve({ importerDpfCertified: true, asOf: "2023-07-09" }).mechanism).toBe("sccs");
  });

  it("picks the module from the roles", () => {
    expect(solve({ exporterRole: "controller", importerRole: "controller" }).sccModule).toBe("module-1");
    expect(solve({ exporterRole: "processor", importerRole: "processor" }).sccModule).toBe("module-3");
    expect(solve({ exporterRole: "processor", importerRole: "controller" }).sccModule).toBe("module-4");
  });

  it("treats Brazil as adequate from 27 January 2026 and the UK throughout its renewal", () => {
    expect(solve({ importerCountry: "BR", asOf: "2026-01-26" }).mechanism).toBe("sccs");
    expect(solve({ importerCountry: "BR", asOf: "2026-01-27" })).toMatchObject({ mechanism: "adequacy", tiaRequired: "no" });
    expect(solve({ importerCountry: "GB", asOf: "2025-12-18" }).mechanism).toBe("adequacy");
    expect(solve({ importerCountry: "GB", asOf: "2025-12-19" }).mechanism).toBe("adequacy");
  });

  it("treats Jersey, Guernsey, the Isle of Man, the Faroe Islands and Andorra as adequate, as the 2024-01-15 review confirmed", () => {
    for (const importerCountry of ["JE", "GG", "IM", "FO", "AD"]) {
      expect(solve({ importerCountry, asOf: "2026-11-24" }), importerCountry).toMatchObject({ mechanism: "adequacy", sccModule: "none", tiaRequired: "no" });
    }
  });

  it("prefers BCRs over SCCs within a group, and needs a TIA for them too", () => {
    expect(solve({ importerCountry: "CN", intraGroupBcr: true })).toEqual({ mechanism: "bcrs", sccModule: "none", tiaRequired: "yes", documents: ["bcr-approval", "tia"] });
  });

  it("allows an Art. 49 derogation only for occasional transfers", () => {
    expect(solve({ importerCountry: "IN", importerSignsSccs: false, transferPattern: "occasional-contract" }).mechanism).toBe("art49-derogation");
    expect(solve({ importerCountry: "IN", importerSignsSccs: false, transferPattern: "systematic" }).mechanism).toBe("not-permitted");
  });
});
