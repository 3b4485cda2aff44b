import "server-only";
import { AppError, type ErrorMessage } from "./errors";

/** Largest body accepted by the upload endpoints (a credential is a few KB; 1000 ids about 20 KB). */
export const MAX_UPLOAD_BYTES = 512 * 1024;
/** Largest JSON body of the answer endpoints (an answer is a few hundred bytes). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError("TOO_LARGE", { key: "errors.bodyTooLarge", params: { size: maxBytes >= 1024 ? `${Math.floor(maxBytes / 1024)} KB` : `${maxBytes} bytes` } });

/**
 * The body's bytes, read as a stream and abandoned as soon as they pass `maxBytes` (TOO_LARGE,
 * 413): a declared Content-Length is only a hint, since a chunked body has none and a client may lie.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new AppError("VALIDATION", "errors.bodyUnreadable");
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text, capped (see readBodyBytes); invalid UTF-8 is a VALIDATION error. */
async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("VALIDATION", "errors.bodyNotUtf8");
  }
}

/**
 * The JSON value a client sent, read through the capped reader: too large is TOO_LARGE (413),
 * empty or malformed JSON is VALIDATION (400) with `message` when given.
 */
export async function readJsonBody(request: Request, maxBytes: number, message: ErrorMessage = "errors.bodyNotJson"): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("VALIDATION", message);
  }
}

/**
 * The text a client sent, either as the raw body or, for multipart/form-data, as an uploaded file
 * (field `file`) or a text field (`textField`). The body is read through the capped reader (too
 * large: TOO_LARGE, 413); unreadable bodies are VALIDATION errors.
 */
export async function readUploadedText(request: Request, textField: string): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return readBodyText(request, MAX_UPLOAD_BYTES);
  // Multipart framing adds a few hundred bytes around the file; allow for it, then check the file.
  const bytes = await readBodyBytes(request, MAX_UPLOAD_BYTES + 16 * 1024);
  const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("VALIDATION", "errors.multipartUnreadable");
  });
  const file = form.get("file");
  const field = form.get(textField);
  let text: string;
  if (file instanceof File && file.size > 0) text = await file.text();
  else if (typeof field === "string" && field.trim() !== "") text = field;
  else throw new AppError("VALIDATION", { key: "errors.uploadFileOrText", params: { field: textField } }, { file: ["errors.chooseFileOrPaste"] });
  if (new TextEncoder().encode(text).byteLength > MAX_UPLOAD_BYTES) throw tooLarge(MAX_UPLOAD_BYTES);
  return text;
}
