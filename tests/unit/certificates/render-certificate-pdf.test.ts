import { describe, expect, it } from "vitest";
import { PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { renderCertificatePdf, type CertificatePdfInput } from "@/server/certificates/render-certificate-pdf";

const input: CertificatePdfInput = {
  publicId: "abcdefgh1234",
  holderName: "林伟 Lin Wei",
  trackTitle: { en: "Compliance Architect", zh: "合规架构师" },
  competencies: ["EU VAT", "Customs"],
  contentVersion: "2025.1",
  issuedAt: new Date("2025-03-01T00:00:00Z"),
  validUntil: new Date("2027-03-01T00:00:00Z"),
  issuerName: "Borderless",
  issuerDid: "did:web:example.com",
  verifyUrl: "https://example.com/verify/abcdefgh1234",
  credential: { id: "urn:uuid:1", name: "证书" },
};

describe("renderCertificatePdf (@cantoo/pdf-lib with @pdf-lib/fontkit)", () => {
  it("renders an A4 landscape page with the subset Chinese font, the metadata and the credential attached", async () => {
    const bytes = await renderCertificatePdf(input);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 842, height: 595 });
    expect(pdf.getTitle()).toBe("Compliance Architect — Borderless certificate");
    expect(pdf.getCreationDate()).toEqual(input.issuedAt);

    const fonts = pdf.getPage(0).node.Resources()!.lookup(PDFName.of("Font"))!.toString();
    expect(fonts).toContain("/NotoSansSC-Regular");
    expect(bytes.byteLength).toBeLessThan(500_000); // a subset, not the whole font (over 10 MB)

    const [attachment, ...others] = pdf.getAttachments();
    expect(others).toHaveLength(0);
    expect(attachment!.name).toBe("borderless-abcdefgh1234.json");
    expect(attachment!.mimeType).toBe("application/vc+ld+json");
    expect(JSON.parse(Buffer.from(attachment!.data).toString("utf8"))).toEqual(input.credential);
  });

  it("gives the same content for the same input", async () => {
    const [a, b] = await Promise.all([renderCertificatePdf(input), renderCertificatePdf(input)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
