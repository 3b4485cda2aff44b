// On a 390×844 phone: no page scrolls sideways, controls are at least 24×24 px (WCAG 2.2 AA 2.5.8,
// links inside running text excepted), case facts come before the answer form, and axe finds nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_WEIGHT_BUDGET_KB, WEIGHED_PAGES } from "./page-weight";
import { CASE, TRACK, fillAnswer, newLearner, signUp, solveCaseOnPage } from "./support";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** What a phone user would trip over on this page: sideways overflow and small targets. */
async function phoneProblems(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth > width ? [`page is ${document.documentElement.scrollWidth}px wide`] : [];
    const wide = [...document.querySelectorAll<HTMLElement>("main *, header *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest("[data-scrolls]") && getComputedStyle(element).position !== "absolute")
      .filter((element) => !element.parentElement || getComputedStyle(element.parentElement).overflowX === "visible")
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()} reaches ${Math.round(element.getBoundingClientRect().right)}px`);
    const small = [...document.querySelectorAll<HTMLElement>("button, input[type=radio], input[type=checkbox], input[type=text], select, textarea, a")]
      .filter((element) => !element.closest("p, li, td, dd, .prose, .visually-hidden, .skip-link") || element.matches("button, input, select, textarea"))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // A radio or checkbox counts with its 1px margin (the spacing WCAG 2.5.8 allows).
        const slack = element.matches("input[type=radio], input[type=checkbox]") ? 2 : 0;
        return box.width > 0 && (box.width + slack < 24 || box.height + slack < 24);
      })
      .slice(0, 5)
      .map((element) => `${element.outerHTML.slice(0, 60)} is ${Math.round(element.getBoundingClientRect().width)}×${Math.round(element.getBoundingClientRect().height)}`);
    return [...overflow, ...wide, ...small];
  });
}

async function expectFitsPhone(page: Page) {
  expect(await phoneProblems(page)).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 2).join(", ")}`)).toEqual([]);
}

test("a learner's pages fit a phone: home, lesson, case (answer and result), verify, dashboard", async ({ page }) => {
  await page.goto("/en");
  await expectFitsPhone(page);
  await signUp(page, newLearner());
  await page.goto(`/en/tracks/${TRACK}/lessons/gdpr-chapter-v-transfers`);
  await expectFitsPhone(page);

  await page.goto(`/en/tracks/${TRACK}/cases/${CASE}`);
  await page.getByRole("button", { name: /Start attempt/ }).click();
  await expect(page.getByTestId("case-facts")).toBeVisible();
  // Facts first: on a phone they sit above the answer form, full width, values unbroken.
  const facts = (await page.getByTestId("case-facts").boundingBox())!;
  const submit = (await page.getByRole("button", { name: "Submit answer" }).boundingBox())!;
  expect(facts.y).toBeLessThan(submit.y);
  expect(facts.width).toBeGreaterThan(300);
  await expect(page.locator("input[inputmode=decimal]").first()).toBeVisible();
  await expectFitsPhone(page);
  await fillAnswer(page, CASE, await solveCaseOnPage(page, CASE));
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("score")).toHaveText("100%");
  await expectFitsPhone(page);

  await page.goto("/en/verify/demo-valid-2026");
  await expect(page.getByTestId("credential-status")).toHaveText("Valid");
  await expectFitsPhone(page);
  await page.goto("/en/cohorts");
  await expectFitsPhone(page);
});

test("pages without an editor stay within the JavaScript budget", async ({ page }) => {
  // The figures themselves: npm run -s bench:page-weight.
  const { measurePageWeights } = await import("./page-weight");
  const origin = new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url()).origin;
  const weights = await measurePageWeights(origin);
  expect(weights.map((w) => w.label)).toEqual(WEIGHED_PAGES.map((w) => w.label));
  expect(weights.filter((w) => w.kilobytes > PAGE_WEIGHT_BUDGET_KB).map((w) => `${w.label} ${w.kilobytes.toFixed(1)} kB`)).toEqual([]);
});
