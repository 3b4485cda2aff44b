import { expect, test } from "@playwright/test";
import { newLearner, signIn, signOut, signUp } from "./support";

const ASSIGNMENT_PATH = "/en/tracks/compliance-architect/assignments/eu-entry-compliance-memo";
const MEMO_SENTENCE = "We recommend registering for IOSS through an EU intermediary for every order up to EUR 150. ";

test("a learner writes a memo in the editor, the cohort's instructor grades it with the rubric, the learner reads grade and comment", async ({ page }) => {
  const learner = newLearner();
  await signUp(page, learner);
  // Join the demo university's cohort with its invite code.
  await page.goto("/en/join/SZPOLY2026");
  await page.getByRole("button", { name: /^Join/ }).click();
  await expect(page.getByText(/Autumn 2026/).first()).toBeVisible();

  await page.goto(ASSIGNMENT_PATH);
  const editor = page.getByRole("textbox", { name: "Memo text" });
  await editor.click();
  await page.keyboard.insertText(MEMO_SENTENCE.repeat(10));
  await page.getByRole("button", { name: "Bold" }).click();
  await page.keyboard.insertText("Act before the next quarter.");
  await expect(page.getByText(/\d+ words \(150–900 required\)/)).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Memo text" })).toContainText("Act before the next quarter.");
  await page.getByRole("button", { name: /Submit for grading/ }).click();
  await expect(page.getByTestId("memo-status")).toContainText("Submitted on");
  await expect(page.getByTestId("memo-text").locator("strong")).toHaveText("Act before the next quarter.");
  await signOut(page);

  await signIn(page, "instructor@borderless.test", "instructor-demo-2026");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto("/en/grading");
  await page.getByTestId("memos-to-grade").getByRole("link", { name: new RegExp(learner.name) }).click();
  // Saving without levels explains what is missing; nothing is lost.
  await page.getByRole("button", { name: "Save grade" }).click();
  await expect(page.locator(".form-error")).toContainText("Choose one level for every criterion");
  for (const criterion of ["Scope of IOSS and the deemed supplier", "IOSS registration requirements", "The EUR 3 duty since July 2026", "Recommendation and clarity"]) {
    await page.getByRole("group", { name: criterion }).getByRole("radio").nth(1).check();
  }
  await page.getByRole("textbox", { name: "Comment for the learner" }).click();
  await page.keyboard.insertText("Good structure. Quantify the duty per tariff line.");
  await page.getByRole("button", { name: "Save grade" }).click();
  await expect(page.getByRole("status")).toContainText("Grade saved");
  await expect(page.getByTestId("current-review")).toContainText("8/16");
  await signOut(page);

  await signIn(page, learner.email, learner.password);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto(ASSIGNMENT_PATH);
  await expect(page.getByTestId("current-review")).toContainText("8/16");
  await expect(page.getByTestId("current-comment")).toHaveText("Good structure. Quantify the duty per tariff line.");
});

test("a learner of no cohort cannot open the grading page of someone else's memo", async ({ page }) => {
  await signUp(page, newLearner());
  await page.goto("/en/grading");
  await expect(page.getByText("No submitted memos from the learners you teach.")).toBeVisible();
  const response = await page.goto("/en/grading/not-a-real-memo-id");
  expect(response?.status()).toBe(404);
});
