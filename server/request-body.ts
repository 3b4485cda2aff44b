import "server-only";
import { AppError } from "./errors";

/** Largest body accepted by the upload endpoints (a credential is a few KB; 1000 ids about 20 KB). */
export const MAX_UPLOAD_BYTES = 512 * 1024;

/**
 * The text a client sent, either as the raw body or, for multipart/form-data, as an uploaded file
 * (field `file`) or a text field (`textField`). Too large or unreadable bodies are VALIDATION errors.
 */
export async function readUploadedText(request: Request, textField: string): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES) throw new AppError("VALIDATION", `The upload is too large (at most ${MAX_UPLOAD_BYTES / 1024} KB).`);
  const type = request.headers.get("content-type") ?? "";
  let text: string;
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw new AppError("VALIDATION", "The multipart form could not be read.");
    });
    const file = form.get("file");
    const field = form.get(textField);
    if (file instanceof File && file.size > 0) text = await file.text();
    else if (typeof field === "string" && field.trim() !== "") text = field;
    else throw new AppError("VALIDATION", `Upload a file (field "file") or send the text in the field "${textField}".`, { file: ["Choose a file or paste the text."] });
  } else {
    text = await request.text();
  }
  if (text.length > MAX_UPLOAD_BYTES) throw new AppError("VALIDATION", `The upload is too large (at most ${MAX_UPLOAD_BYTES / 1024} KB).`);
  return text;
}
