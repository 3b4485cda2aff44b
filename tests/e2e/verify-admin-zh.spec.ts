// The verification and administration pages in /zh (issue 13: an employer reading a certificate
// in Chinese met 26 English strings): the seeded valid, revoked and expired certificates, the
// upload page with a pasted credential's checks, and the platform admin's tools. Same rule as
// zh-crawl.spec.ts: no English phrase outside proper nouns, ids, URLs and text marked as another
// language or as someone's own words.
import { expect, test } from "@playwright/test";
import { englishPhrases } from "./english-phrases";

test("a certificate's verify page is in Chinese: standing, every check, dates, issuer by name", async ({ page }) => {
  for (const [id, standing] of [["demo-valid-2026", "有效"], ["demo-revoked-2026", "已撤销"], ["demo-expired-2026", "已过期"]] as const) {
    await page.goto(`/zh/verify/${id}`);
    await expect(page.getByTestId("credential-status")).toHaveText(standing);
    const checks = await page.getByTestId("checks").innerText();
    expect(checks).toContain("签名");
    expect(checks, "no raw ISO timestamp").not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByTestId("issuer")).toContainText("Borderless");
    expect(await englishPhrases(page), id).toEqual([]);
  }
  await expect(page.getByTestId("standing-reason")).toContainText("过期");
});

test("the upload page shows a pasted credential's checks in Chinese", async ({ page }) => {
  const json = await (await page.request.get("/api/credentials/demo-valid-2026")).text();
  await page.goto("/zh/verify");
  await page.getByLabel("粘贴凭证 JSON").fill(json);
  await page.getByRole("button", { name: "验证", exact: true }).click();
  await expect(page.getByTestId("verify-result")).toContainText("有效");
  await expect(page.getByTestId("verify-result")).toContainText("签名与文档内容一致");
  expect(await englishPhrases(page)).toEqual([]);
});

test("the platform admin's pages are in Chinese", async ({ page }) => {
  await page.goto("/zh/sign-in");
  await page.getByLabel("电子邮箱").fill("admin@borderless.test");
  await page.getByLabel("密码").fill("admin-demo-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  for (const path of ["/zh/admin", "/zh/admin/credentials", "/zh/admin/credentials?q=demo", "/zh/admin/regrade", "/zh/admin/organizations"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    expect(await englishPhrases(page), path).toEqual([]);
  }
});
