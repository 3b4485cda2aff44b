import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "@cantoo/pdf-lib";
import QRCode from "qrcode";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import fontkit from "@cantoo/fontkit";

// Noto Sans SC (SIL Open Font License) from npm, embedded as a subset so Chinese names and titles
// render; read once per process. Resolved from the working directory: the app and its tests run
// from the project root, and the file must not be bundled.
const FONT_FILE = join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
let fontBytes: Buffer | undefined;

export type CertificatePdfInput = {
  publicId: string;
  holderName: string;
  trackTitle: { en: string; zh: string };
  competencies: string[];
  contentVersion: string;
  issuedAt: Date;
  validUntil: Date;
  issuerName: string;
  issuerDid: string;
  verifyUrl: string;
  /** The signed credential, attached to the PDF as `borderless-<publicId>.json`. */
  credential: unknown;
};

const INK = rgb(0.1, 0.14, 0.22);
const MUTED = rgb(0.38, 0.42, 0.5);
const ACCENT = rgb(0.05, 0.42, 0.56);
// English first with Chinese beside it where the page has room: the certificate is read abroad.
const en = translator("en");
const zh = translator("zh");

/**
 * The printable certificate (A4 landscape, English with Chinese headings and track title; the text
 * is the catalogue's `verify.pdf*` messages) with a QR code to
 * the public verify page and the signed credential attached as an embedded file. Deterministic dates
 * (creation = issuance) so re-rendering the same input gives the same content.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  fontBytes ??= readFileSync(FONT_FILE);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  pdf.setTitle(en("verify.pdfTitle", { track: input.trackTitle.en, issuer: input.issuerName }));
  pdf.setAuthor(input.issuerName);
  pdf.setSubject(en("verify.pdfSubject", { id: input.publicId, holder: input.holderName }));
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);

  const page = pdf.addPage([842, 595]);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: ACCENT, borderWidth: 2 });
  const centered = (text: string, y: number, size: number, color = INK) => drawCentered(page, font, text, y, size, width, color);

  centered(input.issuerName.toUpperCase(), height - 90, 14, ACCENT);
  centered(`${en("verify.pdfCertificate")}  ${zh("verify.pdfCertificate")}`, height - 140, 34);
  centered(`${en("verify.pdfCertifies")} · ${zh("verify.pdfCertifies")}`, height - 180, 13, MUTED);
  centered(input.holderName, height - 225, 30);
  centered(`${en("verify.pdfRequirementsMet")} · ${zh("verify.pdfRequirementsMet")}`, height - 262, 13, MUTED);
  centered(input.trackTitle.en, height - 300, 24);
  centered(input.trackTitle.zh, height - 330, 16, MUTED);
  const competencies = input.competencies.slice(0, 4).join(" · ");
  if (competencies) centered(shorten(competencies, 120), height - 362, 9, MUTED);

  const facts = [
    en("verify.pdfIssued", { date: formatDate(input.issuedAt, "en") }),
    en("verify.pdfValidUntil", { date: formatDate(input.validUntil, "en") }),
    en("verify.pdfContentVersion", { version: input.contentVersion }),
    en("verify.pdfCertificateId", { id: input.publicId }),
    en("verify.pdfIssuer", { issuer: `${input.issuerName} (${input.issuerDid})` }),
    en("verify.pdfVerify", { url: input.verifyUrl }),
  ];
  facts.forEach((line, i) => page.drawText(line, { x: 60, y: 150 - i * 16, size: 10, font, color: i < 4 ? INK : MUTED }));
  page.drawText(en("verify.pdfScanHint"), { x: 60, y: 50, size: 8, font, color: MUTED });
  page.drawText(zh("verify.pdfScanHint"), { x: 60, y: 38, size: 8, font, color: MUTED });

  const qr = await QRCode.toBuffer(input.verifyUrl, { margin: 1, width: 300, errorCorrectionLevel: "M" });
  page.drawImage(await pdf.embedPng(qr), { x: width - 200, y: 50, width: 140, height: 140 });

  await pdf.attach(Buffer.from(JSON.stringify(input.credential, null, 2)), `borderless-${input.publicId}.json`, {
    mimeType: "application/vc+ld+json",
    description: en("verify.pdfAttachment"),
    creationDate: input.issuedAt,
    modificationDate: input.issuedAt,
  });
  return pdf.save({ useObjectStreams: false });
}

function drawCentered(page: PDFPage, font: PDFFont, text: string, y: number, size: number, pageWidth: number, color: ReturnType<typeof rgb>) {
  const textWidth = font.widthOfTextAtSize(text, size);
  page.drawText(text, { x: Math.max(40, (pageWidth - textWidth) / 2), y, size, font, color });
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
