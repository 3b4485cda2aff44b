import { expect, test } from "@playwright/test";
import { linkFromOutbox, newLearner, signIn, signOut, signUp } from "./support";

test("a learner who forgot the password asks for a link, sets a new password from the email, and signs in with it", async ({ page, browser }) => {
  const learner = newLearner();
  await signUp(page, learner, "en", { verify: false });
  // A second device where the learner stays signed in: the reset must end that session.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, learner.email, learner.password);
  await expect(otherPage.getByTestId("signed-in-as")).toHaveText(learner.name);

  await signOut(page);
  await page.goto("/en/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(learner.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  const sent = "If an account uses this email, a link to choose a new password is on its way. It works once, within an hour.";
  await expect(page.getByRole("status")).toHaveText(sent);
  // The same answer for an address nobody uses.
  await page.goto("/en/forgot-password");
  await page.getByLabel("Email").fill(`nobody-${learner.email}`);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toHaveText(sent);

  const resetPath = await linkFromOutbox(page, learner.email, "password-reset");
  expect(resetPath).toMatch(/^\/en\/reset-password\/[A-Za-z0-9_-]+$/);
  await page.goto(resetPath);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = `N3w-pass-${learner.password}`;
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed.");

  await signIn(page, learner.email, newPassword);
  await expect(page.getByTestId("signed-in-as")).toHaveText(learner.name);
  // The other device's session ended with the reset.
  await otherPage.reload();
  await expect(otherPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await other.close();
  // The link worked once.
  await page.goto(resetPath);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toHaveCount(0);
});
