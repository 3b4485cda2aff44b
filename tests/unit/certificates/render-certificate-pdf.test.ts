import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fontkit, { type Font } from "@cantoo/fontkit";
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "@cantoo/pdf-lib";
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

describe("renderCertificatePdf (@cantoo/pdf-lib with @cantoo/fontkit)", () => {
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

  // @pdf-lib/fontkit's TrueType subsetter wrote a short `loca` without padding the glyph records
  // (cantoo-scribe/pdf-lib issue 144), so most glyphs of the embedded subset came out garbled and
  // viewers showed blank or wrong characters on every certificate; @cantoo/fontkit subsets correctly.
  it("embeds a subset whose glyphs are the font's own", async () => {
    const pdf = await PDFDocument.load(await renderCertificatePdf(input));
    let subsetBytes: Uint8Array | undefined;
    for (const [, object] of pdf.context.enumerateIndirectObjects()) {
      const stream = object instanceof PDFDict ? object.lookup(PDFName.of("FontFile2")) : undefined;
      if (stream instanceof PDFRawStream) subsetBytes = decodePDFRawStream(stream).decode();
    }
    const subset = fontkit.create(Buffer.from(subsetBytes!)) as Font;
    const font = fontkit.create(readFileSync("node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")) as Font;
    const drawn = new Set<string>();
    // Every character the PDF can draw: the input, and its labels (from the catalogues).
    const catalogues = readFileSync("lib/i18n/en.ts", "utf8") + readFileSync("lib/i18n/zh.ts", "utf8");
    const text = Object.values(input).flatMap((value) => (typeof value === "string" ? [value] : [])).join("") + input.trackTitle.en + input.trackTitle.zh + catalogues;
    for (const char of text) drawn.add(font.glyphForCodePoint(char.codePointAt(0)!)?.path?.toSVG() ?? "");
    // Laid out as the PDF lays it out, so substituted forms (e.g. of digits) count as drawn too.
    for (const glyph of font.layout(text).glyphs) drawn.add(glyph.path!.toSVG());
    // Every glyph reads back, and all but a stray one or two (a character of a formatted date this
    // test's text lacks) are the font's own; the broken subsetter failed both (29 of 46 unreadable).
    let foreign = 0;
    for (let id = 1; id < subset.numGlyphs; id++) if (!drawn.has(subset.getGlyph(id)?.path?.toSVG() ?? "unreadable")) foreign++;
    expect(foreign / subset.numGlyphs).toBeLessThan(0.02);
  });
});
