import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loadCatalog } from "@/server/content/load-content";
import { CASE, TRACK, newLearner, requiredSimulations, signUp } from "./support";

async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary).toEqual([]);
}

test("a Chinese browser lands on the Chinese site and the language switch keeps the page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN", extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("link", { name: "合规架构师" }).first().click();
  await expect(page).toHaveURL(/\/zh\/tracks\/compliance-architect$/);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/tracks\/compliance-architect$/);
  await expect(page.getByRole("heading", { level: 1, name: "Compliance Architect" })).toBeVisible();
  await context.close();
});

test("a learner reads a lesson in Chinese, takes the knowledge check and sees explanations", async ({ page }) => {
  await signUp(page, newLearner(), "zh");
  await page.goto(`/zh/tracks/${TRACK}/lessons/ioss-and-the-150-euro-ceiling`);
  await expect(page.getByRole("heading", { level: 1, name: "IOSS 与 150 欧元上限" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "资料来源" })).toBeVisible();
  await page.goto(`/zh/tracks/${TRACK}/checks/eu-vat-ecommerce`);
  await page.getByRole("button", { name: "提交检测" }).click();
  await expect(page.locator(".form-error")).toHaveText("请先回答所有问题再提交。");
});

test("a signed-out visitor reads each module's first lesson as a preview and is asked to sign in for the rest", async ({ page }) => {
  const track = loadCatalog().track(TRACK)!;
  await page.goto(`/en/tracks/${TRACK}`);
  await expect(page.getByText("open preview")).toHaveCount(track.moduleList.length);
  for (const module of track.moduleList) {
    const [first, second] = module.lessonList;
    await page.goto(`/en/tracks/${TRACK}/lessons/${first!.id}`);
    await expect(page.getByRole("heading", { level: 1, name: first!.title.en })).toBeVisible();
    await expect(page.getByTestId("lesson-preview")).toContainText("Preview: the first lesson of each module is open to everyone.");
    await expect(page.getByRole("button", { name: /Mark as read/ })).toHaveCount(0);
    if (second) {
      await page.goto(`/en/tracks/${TRACK}/lessons/${second.id}`);
      await expect(page).toHaveURL(new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/en/tracks/${TRACK}/lessons/${second.id}`)}$`));
    }
  }
  const first = track.moduleList[0]!.lessonList[0]!;
  await page.goto(`/zh/tracks/${TRACK}/lessons/${first.id}`);
  await expect(page.getByRole("heading", { level: 1, name: first.title.zh })).toBeVisible();
  await page.getByTestId("lesson-preview").getByRole("link", { name: "登录后继续" }).click();
  await expect(page).toHaveURL(/\/zh\/sign-in\?next=/);
});

test("search finds lessons in the reader's language", async ({ page }) => {
  await page.goto("/en/search?q=deemed+supplier");
  await expect(page.getByTestId("search-results").getByRole("link", { name: "Who collects the VAT, and on what" })).toBeVisible();
  await page.goto("/zh/search?q=" + encodeURIComponent("视同供应商"));
  await expect(page.getByTestId("search-results").getByRole("link", { name: "由谁征收增值税，以什么为税基" })).toBeVisible();
});

test("the main pages pass an automated accessibility scan (WCAG 2.1 AA) in both languages", async ({ page }) => {
  for (const lang of ["en", "zh"]) {
    for (const path of [`/${lang}`, `/${lang}/sign-in`, `/${lang}/sign-up`, `/${lang}/tracks/${TRACK}`, `/${lang}/search?q=VAT`]) {
      await page.goto(path);
      await expectNoAccessibilityViolations(page);
    }
  }
  await signUp(page, newLearner());
  for (const path of [`/en/tracks/${TRACK}/lessons/ioss-and-the-150-euro-ceiling`, `/en/tracks/${TRACK}/checks/eu-vat-ecommerce`, `/en/tracks/${TRACK}/cases/${CASE}`]) {
    await page.goto(path);
    await expectNoAccessibilityViolations(page);
  }
  await page.getByRole("button", { name: /Start attempt 1/ }).click();
  await expect(page.getByTestId("brief")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("the home page shows a learner where they are in each track and picks up at the next lesson", async ({ page }) => {
  await signUp(page, newLearner());
  await page.goto("/en");
  const lessons = loadCatalog().track(TRACK)!.moduleList.reduce((n, m) => n + m.lessonList.length, 0);
  const cases = requiredSimulations(TRACK).length;
  const progress = page.getByTestId(`progress-${TRACK}`);
  await expect(progress).toContainText(`0/${lessons} lessons read, 0/${cases} cases passed`);
  await progress.getByRole("link", { name: "Start →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IOSS and the EUR 150 ceiling" })).toBeVisible();
  await page.getByRole("button", { name: /Mark as read/ }).click();
  await page.goto("/en");
  await expect(progress).toContainText(`1/${lessons} lessons read`);
  await progress.getByRole("link", { name: "Continue →" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who collects the VAT, and on what" })).toBeVisible();
  await page.goto("/en/certificates");
  await expect(page.getByText("No certificates yet.")).toBeVisible();
});
