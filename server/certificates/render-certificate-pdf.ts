import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "@cantoo/pdf-lib";
import QRCode from "qrcode";
import { fontkit } from "./pdf-fontkit";

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
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The printable certificate (A4 landscape, English with the Chinese track title) with a QR code to
 * the public verify page and the signed credential attached as an embedded file. Deterministic dates
 * (creation = issuance) so re-rendering the same input gives the same content.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  fontBytes ??= readFileSync(FONT_FILE);
  const font = await pdf.embedFont(fontBytes, { subset: true });
  pdf.setTitle(`${input.trackTitle.en} — ${input.issuerName} certificate`);
  pdf.setAuthor(input.issuerName);
  pdf.setSubject(`Certificate ${input.publicId} for ${input.holderName}`);
  pdf.setCreationDate(input.issuedAt);
  pdf.setModificationDate(input.issuedAt);

  const page = pdf.addPage([842, 595]);
  const { width, height } = page.getSize();
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: ACCENT, borderWidth: 2 });
  const centered = (text: string, y: number, size: number, color = INK) => drawCentered(page, font, text, y, size, width, color);

  centered(input.issuerName.toUpperCase(), height - 90, 14, ACCENT);
  centered("Certificate", height - 140, 34);
  centered("This certifies that", height - 180, 13, MUTED);
  centered(input.holderName, height - 225, 30);
  centered("has met every requirement of the track", height - 262, 13, MUTED);
  centered(input.trackTitle.en, height - 300, 24);
  centered(input.trackTitle.zh, height - 330, 16, MUTED);
  const competencies = input.competencies.slice(0, 4).join(" · ");
  if (competencies) centered(shorten(competencies, 120), height - 362, 9, MUTED);

  const facts = [
    `Issued: ${day(input.issuedAt)}`,
    `Valid until: ${day(input.validUntil)}`,
    `Content version: ${input.contentVersion}`,
    `Certificate id: ${input.publicId}`,
    `Issuer: ${input.issuerDid}`,
    `Verify: ${input.verifyUrl}`,
  ];
  facts.forEach((line, i) => page.drawText(line, { x: 60, y: 150 - i * 16, size: 10, font, color: i < 4 ? INK : MUTED }));
  page.drawText("Scan or open the link to check this certificate is genuine, current and not revoked.", { x: 60, y: 50, size: 8, font, color: MUTED });

  const qr = await QRCode.toBuffer(input.verifyUrl, { margin: 1, width: 300, errorCorrectionLevel: "M" });
  page.drawImage(await pdf.embedPng(qr), { x: width - 200, y: 50, width: 140, height: 140 });

  await pdf.attach(Buffer.from(JSON.stringify(input.credential, null, 2)), `borderless-${input.publicId}.json`, {
    mimeType: "application/vc+ld+json",
    description: "The signed Open Badges 3.0 credential (verify it with any OB 3.0 verifier)",
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
