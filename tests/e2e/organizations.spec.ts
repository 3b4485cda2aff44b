import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { newLearner, signIn, signUp } from "./support";

const ORG = "Shenzhen Polytechnic — Cross-border E-commerce";

async function openDemoOrganization(page: Page) {
  await signIn(page, "orgadmin@borderless.test", "orgadmin-demo-2026");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/en/org");
  await page.getByRole("link", { name: ORG }).click();
  await expect(page.getByRole("heading", { level: 1, name: ORG })).toBeVisible();
}

/** Creates a Compliance Architect cohort (EU VAT due 15 Oct 2026) in the open organization and opens its dashboard. */
async function createCohortAndOpen(page: Page, name: string) {
  await page.getByText("New cohort").click();
  const form = page.getByTestId("new-cohort");
  await form.getByLabel("Cohort name").fill(name);
  await form.getByLabel("Compliance Architect", { exact: true }).check();
  await form.getByLabel("Starts on").fill("2026-09-01");
  await form.getByLabel("Ends on").fill("2027-01-31");
  await form.getByLabel("Due: Compliance Architect · EU VAT for e-commerce", { exact: true }).fill("2026-10-15");
  await form.getByRole("button", { name: "Create" }).click();
  await page.getByTestId("cohort-list").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an org admin creates a cohort, imports a roster with bad rows, follows the dashboard and exports it", async ({ page }) => {
  const name = `E2E cohort ${randomUUID().slice(0, 6)}`;
  await openDemoOrganization(page);
  await createCohortAndOpen(page, name);
  await expect(page.getByText("No learners yet")).toBeVisible();

  const id = randomUUID().slice(0, 6);
  const csv = [
    "email,name,student_id",
    `ana-${id}@uni.test,Ana Li,S-${id}-1`,
    "not-an-email,Broken Row,S-2",
    `ben-${id}@uni.test,,S-3`,
    `cai-${id}@uni.test,Cai Wen,`,
    `ANA-${id}@uni.test,Ana Twice,`,
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  const report = page.getByTestId("import-report");
  await expect(report.getByTestId("import-enrolled")).toHaveText("2");
  const problems = report.getByTestId("import-problems").locator("tbody tr");
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText("3");
  await expect(problems.nth(0)).toContainText("Enter a valid email address");
  await expect(problems.nth(1)).toContainText("Enter the learner's name");
  await expect(problems.nth(2)).toContainText("Same email as row 2");
  await expect(report.getByTestId("import-accounts").locator("tbody tr")).toHaveCount(2);
  await expect(report.getByTestId("import-accounts")).toContainText("/en/welcome/");

  // The dashboard, re-rendered on the server, lists the two learners.
  await page.reload();
  await expect(page.getByTestId("stat-learners")).toHaveText("2");
  await expect(page.getByTestId("learner-table")).toContainText("Ana Li");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Learners and modules" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/-learners-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text).toContain("student_id,name,email");
  expect(text).toContain(`S-${id}-1,Ana Li,ana-${id}@uni.test`);

  // Drill-down on one learner.
  await page.getByTestId("learner-table").getByRole("link", { name: "Ana Li" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ana Li" })).toBeVisible();
  await expect(page.getByText("Has not set a password yet")).toBeVisible();
});

test("an org admin changes a module deadline and rotates the invite code; the old link answers 404", async ({ page }) => {
  await openDemoOrganization(page);
  await createCohortAndOpen(page, `E2E changes ${randomUUID().slice(0, 6)}`);

  const deadline = page.getByTestId("deadline-compliance-architect/eu-vat-ecommerce");
  await expect(deadline.getByLabel("Due: EU VAT for e-commerce")).toHaveValue("2026-10-15");
  await deadline.getByLabel("Due: EU VAT for e-commerce").fill("2026-11-20");
  await deadline.getByRole("button", { name: "Save" }).click();
  await expect(deadline.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("row", { name: /EU VAT for e-commerce/ })).toContainText("Nov 20, 2026");
  await page.getByText("Deadline changes").click();
  await expect(page.getByTestId("deadline-changes")).toContainText("EU VAT for e-commerce: Oct 15, 2026 → Nov 20, 2026");

  const oldLink = (await page.getByTestId("invite-link").textContent())!;
  expect((await page.request.get(oldLink)).status()).toBe(200);
  await page.getByText("New invite code…").click();
  await expect(page.getByText("The current invite link and code stop working at once.")).toBeVisible();
  await page.getByRole("button", { name: "Replace the invite code" }).click();
  await expect(page.getByText("The invite code was replaced. The old link no longer works.")).toBeVisible();
  await expect(page.getByTestId("invite-link")).not.toHaveText(oldLink);
  const newLink = (await page.getByTestId("invite-link").textContent())!;
  expect(newLink).toMatch(/^\/en\/join\/[0-9A-Z]{10}$/);

  const old = await page.goto(oldLink);
  expect(old?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const fresh = await page.goto(newLink);
  expect(fresh?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Join a cohort" })).toBeVisible();
});

test("an org admin adds an instructor who has no account; the set-password link lets them in", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 6);
  const email = `teacher-${id}@uni.test`;
  await openDemoOrganization(page);
  const form = page.getByTestId("add-member");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name (for a new account)").fill(`Teacher ${id}`);
  await form.getByRole("button", { name: "Add" }).click();
  const link = (await page.getByTestId("member-setup-link").textContent())!;
  expect(link).toContain("/en/welcome/");
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("Has not set a password yet");

  const context = await browser.newContext();
  const teacher = await context.newPage();
  await teacher.goto(link);
  await teacher.getByLabel("New password").fill(`Teach-pass-${id}-2026`);
  await teacher.getByRole("button", { name: "Set password" }).click();
  await expect(teacher.getByText("Your password is set.")).toBeVisible();
  await signIn(teacher, email, `Teach-pass-${id}-2026`);
  await expect(teacher.getByTestId("signed-in-as")).toHaveText(`Teacher ${id}`);
  await teacher.goto("/en/org");
  await expect(teacher.getByRole("link", { name: ORG })).toBeVisible();
  await context.close();
});

test("a learner of another organization gets 404 for the dashboard and its export", async ({ page, browser }) => {
  await openDemoOrganization(page);
  await page.getByTestId("cohort-list").getByRole("link").first().click();
  await expect(page.getByTestId("learner-table")).toBeVisible();
  const dashboardUrl = new URL(page.url()).pathname;
  const cohortId = dashboardUrl.split("/").at(-1)!;

  const outsider = await browser.newContext();
  const other = await outsider.newPage();
  await signUp(other, newLearner());
  const response = await other.goto(dashboardUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const exported = await other.request.get(`/api/org/cohorts/${cohortId}/export`);
  expect(exported.status()).toBe(404);
  await outsider.close();
});

test("the demo learner sees the cohort and a deadline reminder in the notifications", async ({ page }) => {
  await signIn(page, "learner@borderless.test", "learner-demo-2026");
  await expect(page.getByTestId("notification-count")).toBeVisible();
  await page.getByTestId("notification-bell").click();
  await expect(page.getByTestId("notifications")).toContainText("enrolled you in Autumn 2026");
  await expect(page.getByTestId("notifications")).toContainText("is due on");
  await page.goto("/en/cohorts");
  await expect(page.getByRole("heading", { name: "Autumn 2026 — Compliance Architect" })).toBeVisible();
});

test("a roster naming someone who already has an account invites them: the org sees only the email until they accept", async ({ page, browser }) => {
  const learner = newLearner();
  const learnerContext = await browser.newContext();
  const learnerPage = await learnerContext.newPage();
  await signUp(learnerPage, learner);

  const name = `E2E invite ${randomUUID().slice(0, 6)}`;
  await openDemoOrganization(page);
  await createCohortAndOpen(page, name);
  await page.getByLabel("CSV file").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(`email,name\n${learner.email},Typed By Org`) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-invited")).toHaveText("1");
  await expect(page.getByTestId("import-enrolled")).toHaveText("0");
  await expect(page.getByTestId("import-accounts")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("invited-list")).toContainText(learner.email);
  await expect(page.getByTestId("stat-learners")).toHaveText("0");
  await expect(page.getByText(learner.name)).toHaveCount(0);

  await learnerPage.goto("/en/cohorts");
  const invitation = learnerPage.getByTestId("invitation");
  await expect(invitation).toContainText(`invites you to join ${name}`);
  await invitation.getByRole("button", { name: "Accept" }).click();
  await expect(learnerPage.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(learnerPage.getByTestId("invitation")).toHaveCount(0);
  await learnerContext.close();

  await page.reload();
  await expect(page.getByTestId("learner-table")).toContainText(learner.name);
  await expect(page.getByTestId("invited-list")).toHaveCount(0);
});
