import "server-only";
import type { Locale } from "@/domain/content/locale";
import type { MessageKey } from "@/lib/i18n/catalogue";
import { translator } from "@/lib/i18n/translate";
import { ISSUER_NAME } from "../issuer";

/** Every kind of email the platform writes, with what its text needs. */
export type EmailContent =
  | { kind: "password-reset"; name: string; link: string }
  | { kind: "verify-email"; name: string; link: string; days: number };

export type RenderedEmail = { subject: string; text: string; html: string; link: string };

const KEYS: Record<EmailContent["kind"], { subject: MessageKey; body: MessageKey; action: MessageKey }> = {
  "password-reset": { subject: "account.resetSubject", body: "account.resetBody", action: "account.resetAction" },
  "verify-email": { subject: "account.verifySubject", body: "account.verifyBody", action: "account.verifyAction" },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One message in the recipient's language, as plain text and as HTML with the same words: a
 * greeting, one paragraph, the link (as a button and written out), and the product's footer.
 */
export function renderEmail(locale: Locale, content: EmailContent): RenderedEmail {
  const t = translator(locale);
  const product = ISSUER_NAME;
  const keys = KEYS[content.kind];
  const params = { product, ...("days" in content ? { days: content.days } : {}) };
  const greeting = t("account.emailGreeting", { name: content.name });
  const body = t(keys.body, params);
  const action = t(keys.action);
  const fallback = t("account.emailLinkFallback");
  const footer = t("account.emailFooter", { product });
  const text = [greeting, "", body, "", content.link, "", "-- ", footer, ""].join("\n");
  const link = escapeHtml(content.link);
  const html = `<!doctype html>
<html lang="${locale === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${escapeHtml(t(keys.subject, params))}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem; margin: 0 auto; padding: 1rem;">
<p style="font-weight: 600;">${escapeHtml(product)}</p>
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${link}" style="display: inline-block; padding: 0.6rem 1rem; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(action)}</a></p>
<p style="font-size: 0.9em;">${escapeHtml(fallback)}<br><a href="${link}">${link}</a></p>
<hr style="border: none; border-top: 1px solid #ddd;">
<p style="font-size: 0.85em; color: #555;">${escapeHtml(footer)}</p>
</body></html>
`;
  return { subject: t(keys.subject, params), text, html, link: content.link };
}
