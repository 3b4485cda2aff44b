// Every page a person can reach in /zh, as each kind of person, is in Chinese: the crawl follows
// same-site /zh links (breadth first) and fails on any English phrase outside proper nouns, ids,
// URLs and text marked as another language or as data (lang="en", <code>, <cite>, translate="no":
// people's and organizations' names as they typed them; data-user-text: memos and comments people
// wrote, shown as written).
import { expect, test, type Page } from "@playwright/test";
import { englishPhrases } from "./english-phrases";

const ROLES = [
  { role: "signed out", email: null, password: null },
  { role: "learner", email: "learner@borderless.test", password: "learner-demo-2026" },
  { role: "instructor", email: "instructor@borderless.test", password: "instructor-demo-2026" },
  { role: "org admin", email: "orgadmin@borderless.test", password: "orgadmin-demo-2026" },
  { role: "platform admin", email: "admin@borderless.test", password: "admin-demo-2026" },
] as const;

const MAX_PAGES_PER_ROLE = Number(process.env.ZH_CRAWL_MAX_PAGES ?? 80);
async function signIn(page: Page, email: string, password: string) {
  await page.goto("/zh/sign-in");
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

for (const { role, email, password } of ROLES) {
  test(`every /zh page is in Chinese (${role})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    if (email && password) await signIn(page, email, password);
    const queue = ["/zh"];
    const seen = new Set(queue);
    const findings: string[] = [];
    let visited = 0;
    const paths: string[] = [];
    while (queue.length > 0 && visited < MAX_PAGES_PER_ROLE) {
      const path = queue.shift()!;
      const response = await page.goto(path);
      visited++;
      paths.push(path);
      if (!response || response.status() >= 400) {
        findings.push(`${path}: answered ${response?.status()}`);
        continue;
      }
      for (const phrase of await englishPhrases(page)) findings.push(`${path}: "${phrase}"`);
      const links = await page.$$eval("a[href^='/zh']", (anchors) => anchors.map((a) => a.getAttribute("href")!));
      for (const href of links) {
        const target = href.split("#")[0]!;
        // One page per kind is enough for long lists (every lesson of a track, every learner…).
        const kind = target.replace(/\/[A-Za-z0-9_-]{16,}/g, "/:id");
        if (seen.has(target) || seen.has(kind)) continue;
        seen.add(target);
        seen.add(kind);
        queue.push(target);
      }
    }
    test.info().annotations.push({ type: "visited", description: paths.join(" ") });
    expect(visited).toBeGreaterThan(3);
    expect(findings).toEqual([]);
    await context.close();
  });
}
