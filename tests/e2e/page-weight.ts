/**
 * Per-page JavaScript weight: the gzipped bytes of every script a modern Chromium downloads for a
 * page (module and classic scripts; `noModule` polyfills are skipped by such a browser anyway).
 * Shared by the page-weight browser test and `npm run bench:page-weight`.
 */
import { chromium, type Page } from "@playwright/test";

export const PAGE_WEIGHT_BUDGET_KB = 140;

export const WEIGHED_PAGES = [
  { label: "home", path: "/en" },
  { label: "track", path: "/en/tracks/compliance-architect" },
  { label: "lesson", path: "/en/tracks/compliance-architect/lessons/gdpr-chapter-v-transfers" },
  { label: "case", path: "/en/tracks/compliance-architect/cases/eu-import-vat-low-value", signedIn: true },
  { label: "verify", path: "/en/verify/demo-valid-2026" },
  { label: "sign-in", path: "/en/sign-in" },
  { label: "dashboard", path: "/en/cohorts", signedIn: true },
] as const;

export type PageWeight = { label: string; path: string; kilobytes: number; scripts: number };

async function scriptBytes(page: Page, url: string): Promise<{ bytes: number; scripts: number }> {
  const sizes = new Map<string, Promise<number>>();
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() !== "script") return;
    // Bytes on the wire (headers excluded): the gzipped body as the server sent it.
    sizes.set(response.url(), response.request().sizes().then((s) => s.responseBodySize));
  };
  page.on("response", listener);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", listener);
  const all = await Promise.all(sizes.values());
  return { bytes: all.reduce((a, b) => a + b, 0), scripts: all.length };
}

export async function signInAsDemoLearner(page: Page, origin: string) {
  await page.goto(`${origin}/en/sign-in`);
  await page.getByLabel("Email").fill("learner@borderless.test");
  await page.getByLabel("Password").fill("learner-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
}

export async function measurePageWeights(origin: string): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const results: PageWeight[] = [];
    const signedIn = await (await browser.newContext()).newPage();
    await signInAsDemoLearner(signedIn, origin);
    for (const entry of WEIGHED_PAGES) {
      // A fresh context per page: nothing cached from the page before.
      const context = await browser.newContext({ storageState: "signedIn" in entry ? await signedIn.context().storageState() : undefined });
      const page = await context.newPage();
      const { bytes, scripts } = await scriptBytes(page, `${origin}${entry.path}`);
      results.push({ label: entry.label, path: entry.path, kilobytes: bytes / 1024, scripts });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
