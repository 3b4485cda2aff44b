/**
 * The one rule of the Chinese-page browser tests (zh-crawl, verify-admin-zh): English phrases of
 * three or more words in a page's visible text and accessible labels, outside proper nouns, ids,
 * URLs and text marked as another language or as data (lang="en", <code>, <cite>, a pasted
 * credential in a <textarea>, translate="no": names as people typed them; data-user-text: memos
 * and comments people wrote).
 */
import type { Page } from "@playwright/test";

// Names that stay as they are in Chinese text (product, standards, laws' official English titles
// are marked up as <cite> instead).
const PROPER_NOUNS = ["Borderless", "Open Badges", "LinkedIn", "JSON-LD", "Data Integrity", "DataIntegrityProof", "eddsa-rdfc-2022", "did:web", "Digital Bazaar", "Bitstring Status List", "PDF", "CSV", "JSON"];

/** English phrases (three or more words) in the page's visible Chinese text. */
export async function englishPhrases(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const skip = (element: Element | null): boolean => {
      for (let node = element; node; node = node.parentElement) {
        const lang = node.getAttribute("lang");
        if (lang && !lang.startsWith("zh")) return true;
        if (node.matches("code, pre, kbd, samp, cite, script, style, noscript, textarea, [translate=no], [data-allow-english], [data-user-text]")) return true;
      }
      return false;
    };
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      parts.push(node.textContent ?? "");
    }
    // Labels a screen reader reads are text too.
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
      if (skip(element)) continue;
      for (const name of ["aria-label", "placeholder", "title", "alt"]) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join("\n");
  });
  let cleaned = text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[\w.+-]+@[\w.-]+/g, " ")
    .replace(/\b(?:urn|did):[\w:%.#-]+/g, " ");
  for (const noun of PROPER_NOUNS) cleaned = cleaned.split(noun).join(" ");
  return [...new Set(cleaned.match(/[A-Za-z][A-Za-z'’-]+(?:[ ,]+[A-Za-z][A-Za-z'’-]+){2,}/g) ?? [])];
}
