import "server-only";
import type { CredentialCurrency } from "@/domain/certificates/credential-currency";
import type { CheckReasonCode, VerificationCheck, VerificationCheckName, VerificationResult } from "@/domain/credentials";
import type { Locale } from "@/domain/content/locale";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { translator, type Translator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";
import type { CredentialStanding } from "../services/get-public-credential";

// The domain names each check outcome with a code (it stays framework-free); this is where a code
// becomes the reader's language. Every code needs a message, or this does not compile.
const REASON_MESSAGES: Record<CheckReasonCode, MessageKey> = {
  "well-formed": "verify.reasonWellFormed",
  "profile-invalid": "verify.reasonProfileInvalid",
  "not-signed-credential": "verify.reasonNotSignedCredential",
  "not-checked-malformed": "verify.reasonNotCheckedMalformed",
  "verification-incomplete": "verify.reasonVerificationIncomplete",
  "key-not-issuers": "verify.reasonKeyNotIssuers",
  "did-unresolvable": "verify.reasonDidUnresolvable",
  "did-document-unreadable": "verify.reasonDidDocumentUnreadable",
  "did-document-mismatch": "verify.reasonDidDocumentMismatch",
  "key-not-assertion": "verify.reasonKeyNotAssertion",
  "key-not-multikey": "verify.reasonKeyNotMultikey",
  "key-wrong-controller": "verify.reasonKeyWrongController",
  "key-not-ed25519": "verify.reasonKeyNotEd25519",
  "key-trusted": "verify.reasonKeyTrusted",
  "signature-matches": "verify.reasonSignatureMatches",
  "signature-not-checked": "verify.reasonSignatureNotChecked",
  "proof-wrong-suite": "verify.reasonProofWrongSuite",
  "proof-value-missing": "verify.reasonProofValueMissing",
  "proof-value-not-base58": "verify.reasonProofValueNotBase58",
  "proof-value-length": "verify.reasonProofValueLength",
  "proof-context-mismatch": "verify.reasonProofContextMismatch",
  "not-canonicalizable": "verify.reasonNotCanonicalizable",
  "signature-mismatch": "verify.reasonSignatureMismatch",
  "no-status-entry": "verify.reasonNoStatusEntry",
  "status-needs-did-document": "verify.reasonStatusNeedsDidDocument",
  "status-entry-malformed": "verify.reasonStatusEntryMalformed",
  "status-list-unreadable": "verify.reasonStatusListUnreadable",
  "status-list-not-list": "verify.reasonStatusListNotList",
  "status-list-id-mismatch": "verify.reasonStatusListIdMismatch",
  "status-list-wrong-issuer": "verify.reasonStatusListWrongIssuer",
  "status-list-key-unusable": "verify.reasonStatusListKeyUnusable",
  "status-list-signature-invalid": "verify.reasonStatusListSignatureInvalid",
  "status-list-not-current": "verify.reasonStatusListNotCurrent",
  "status-list-purpose-mismatch": "verify.reasonStatusListPurposeMismatch",
  "status-index-beyond-list": "verify.reasonStatusIndexBeyondList",
  "status-list-undecodable": "verify.reasonStatusListUndecodable",
  "status-set": "verify.reasonStatusSet",
  "status-clear": "verify.reasonStatusClear",
  "not-yet-valid": "verify.reasonNotYetValid",
  expired: "verify.reasonExpired",
  "valid-from-until": "verify.reasonValidFromUntil",
  "valid-from": "verify.reasonValidFrom",
};

const CHECK_NAMES: Record<VerificationCheckName, MessageKey> = {
  schema: "verify.checkSchema",
  signature: "verify.checkSignature",
  "issuer-key": "verify.checkIssuerKey",
  status: "verify.checkStatus",
  dates: "verify.checkDates",
};

const DATE_PARAMS = new Set(["validFrom", "validUntil"]);

/**
 * A check as a reader sees it: its name, outcome and reason in `locale`, dates in the reader's
 * format. `detail` is technical English with no translation (an error message, schema issues; for
 * a check stored before reason codes, the whole English reason, and `text` is then the outcome):
 * show it marked `lang="en"`.
 */
export type CheckText = { check: string; ok: boolean | null; name: string; outcome: string; text: string; detail?: string };

export function checkText(check: VerificationCheck, locale: Locale): CheckText {
  const t = translator(locale);
  const name = CHECK_NAMES[check.check] ? t(CHECK_NAMES[check.check]) : check.check;
  const outcome = t(check.ok === true ? "verify.outcomePassed" : check.ok === false ? "verify.outcomeFailed" : "verify.outcomeNotChecked");
  if (!check.code) return { check: check.check, ok: check.ok, name, outcome, text: outcome, detail: check.reason };
  const { detail, ...rest } = check.params ?? {};
  const params = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, DATE_PARAMS.has(key) && typeof value === "string" ? readableDate(value, locale) : String(value)]));
  return { check: check.check, ok: check.ok, name, outcome, text: t(REASON_MESSAGES[check.code], params), ...(detail !== undefined && { detail: String(detail) }) };
}

const readableDate = (isoDateTime: string, locale: Locale) => {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : formatDate(date, locale);
};

export type StandingDetails = { revocationReason: string | null; renewedBy: string | null; currency: CredentialCurrency; verification: VerificationResult };

/**
 * Why a credential has its standing, in the reader's language (the verify page). The JSON API and
 * the bulk CSV keep the English `standingReason`. `revocationReason` is the admin's own words, not
 * translated: shown after `text`.
 */
export function standingText(standing: CredentialStanding, details: StandingDetails, locale: Locale): { text: string; revocationReason?: string; detail?: string } {
  const t = translator(locale);
  switch (standing) {
    case "valid":
      return { text: t("verify.standingReasonValid") };
    case "revoked":
      return details.revocationReason ? { text: t("verify.standingReasonRevokedBecause"), revocationReason: details.revocationReason } : { text: t("verify.standingReasonRevoked") };
    case "expired": {
      const dates = details.verification.checks.find((c) => c.check === "dates");
      return dates?.code ? checkText(dates, locale) : { text: t("verify.standingReasonExpired") };
    }
    case "superseded":
      return { text: t("verify.standingReasonSuperseded", { id: details.renewedBy ?? "" }) };
    case "outdated":
      return { text: t("verify.standingReasonOutdated", { changes: currencyChanges(details.currency, t, locale).join(t("verify.changeSeparator")) }) };
    case "invalid":
    case "unverifiable": {
      const decisive = details.verification.checks.find((c) => c.ok === (standing === "invalid" ? false : null));
      return decisive ? checkText(decisive, locale) : { text: t(standing === "invalid" ? "verify.standingInvalid" : "verify.standingUnverifiable") };
    }
  }
}

function currencyChanges(currency: CredentialCurrency, t: Translator, locale: Locale): string[] {
  const parts = currency.ruleChanges.map((change) =>
    change.kind === "corrected"
      ? t("verify.ruleCorrected", { rule: change.ruleId, from: String(change.recordedVersion), to: String(change.currentVersion) })
      : change.kind === "ended"
        ? t("verify.ruleEnded", { rule: change.ruleId, until: change.until ? formatDate(change.until, locale) : "" })
        : t("verify.ruleWithdrawn", { rule: change.ruleId }),
  );
  if (currency.contentChange) parts.push(t("verify.contentMoved", { issued: currency.contentChange.issued, current: currency.contentChange.current }));
  return parts;
}
