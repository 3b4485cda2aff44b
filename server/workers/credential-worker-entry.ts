// Runs inside a worker thread (see worker-pool.ts): the CPU-heavy credential work, fed plain JSON by
// the main thread, which resolves everything that needs the database or the keys. Imports only
// pure code (the credential domain, the PDF renderer): no database, no environment.
import { parentPort } from "node:worker_threads";
import { verifyCredential } from "@/domain/credentials";
import { renderCertificatePdf } from "../certificates/render-certificate-pdf";
import type { WorkerReply, WorkerRequest } from "./worker-pool";
import type { RenderCertificatePdfTask, VerifyCredentialTask } from "./credential-tasks";

const port = parentPort;
if (!port) throw new Error("credential-worker-entry must run in a worker thread");

async function verify({ credential, now, issuerDid, issuerDidDocument, statusListUrl, statusList }: VerifyCredentialTask) {
  return verifyCredential(credential, {
    now: new Date(now),
    resolveDidDocument: (did: string) => {
      if (did !== issuerDid) throw new Error(`Cannot resolve ${did}: only this deployment's issuer (${issuerDid}) is known here`);
      return issuerDidDocument;
    },
    fetchStatusList: async (url: string) => {
      if (url !== statusListUrl) throw new Error(`Cannot read status list ${url}: not published by this deployment`);
      if ("error" in statusList) throw new Error(statusList.error);
      return statusList.credential;
    },
  });
}

port.on("message", async ({ id, kind, payload }: WorkerRequest) => {
  try {
    if (kind === "verify-credential") {
      port.postMessage({ id, ok: true, value: await verify(payload as VerifyCredentialTask) } satisfies WorkerReply);
    } else if (kind === "render-certificate-pdf") {
      const pdf = await renderCertificatePdf(payload as RenderCertificatePdfTask);
      // Move the bytes to the main thread instead of copying them.
      const bytes = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
      port.postMessage({ id, ok: true, value: bytes } satisfies WorkerReply, [bytes.buffer as ArrayBuffer]);
    } else {
      throw new Error(`Unknown worker task "${kind}"`);
    }
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    port.postMessage({ id, ok: false, error: { name, message } } satisfies WorkerReply);
  }
});
