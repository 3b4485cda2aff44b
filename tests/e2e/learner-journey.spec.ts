import { expect, test } from "@playwright/test";
import { CASE, TRACK, fillAnswer, newLearner, passCase, requiredSimulations, signIn, signOut, signUp, solveCaseOnPage } from "./support";

test.describe.configure({ timeout: 180_000 });

test("a new learner signs up, learns, passes a case, claims a certificate that anyone can verify", async ({ page, browser, request }) => {
  const learner = newLearner();
  await signUp(page, learner);

  // Sign out and back in, as a returning learner would.
  await signOut(page);
  await signIn(page, learner.email, learner.password);
  await expect(page.getByTestId("signed-in-as")).toHaveText(learner.name);

  await page.goto("/en");
  await page.getByRole("link", { name: "Compliance Architect" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compliance Architect" })).toBeVisible();
  const required = requiredSimulations(TRACK).length;
  // The track page counts what the certificate asks for (required cases passed), not only lessons read.
  await expect(page.getByTestId("certificate-progress")).toHaveText(`0/${required} required cases passed`);

  await page.getByRole("link", { name: "IOSS and the EUR 150 ceiling" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IOSS and the EUR 150 ceiling" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await page.getByRole("button", { name: /Mark as read/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Who collects the VAT, and on what" })).toBeVisible();

  await page.goto(`/en/tracks/${TRACK}/cases/${CASE}`);
  await page.getByRole("button", { name: /Start attempt 1/ }).click();
  await expect(page.getByTestId("brief")).toContainText("You advise a seller");
  await fillAnswer(page, CASE, await solveCaseOnPage(page, CASE));
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("score")).toHaveText("100%");
  await expect(page.getByTestId("part-vatAmountEur")).toContainText("Graded against");
  for (const simulationId of requiredSimulations(TRACK).filter((id) => id !== CASE)) await passCase(page, TRACK, simulationId);

  await page.goto(`/en/tracks/${TRACK}`);
  await expect(page.getByTestId("certificate-progress")).toHaveText(`${required}/${required} required cases passed`);
  await expect(page.getByRole("progressbar", { name: "Cases passed for the certificate" })).toHaveAttribute("aria-valuenow", String(required));
  await page.getByRole("button", { name: "Claim your certificate" }).click();
  await expect(page.getByTestId("credential-status")).toHaveText("Valid");
  const verifyPath = new URL(page.url()).pathname;
  const publicId = verifyPath.split("/").pop()!;

  // A verifier with no account, in a fresh browser context.
  const stranger = await browser.newContext();
  const verifier = await stranger.newPage();
  await verifier.goto(`/verify/${publicId}`);
  await expect(verifier.getByTestId("credential-status")).toHaveText("Valid");
  await expect(verifier.getByTestId("holder")).toHaveText(learner.name);
  await expect(verifier.getByTestId("achievement")).toHaveText("Compliance Architect");
  await expect(verifier.getByTestId("issued")).not.toBeEmpty();
  await stranger.close();

  await page.goto("/en/certificates");
  await expect(page.getByTestId("my-certificates").getByRole("link", { name: "Compliance Architect" })).toHaveAttribute("href", `/en/verify/${publicId}`);

  const response = await request.get(`/api/credentials/${publicId}`);
  expect(response.status()).toBe(200);
  const credential = await response.json();
  expect(credential.type).toContain("OpenBadgeCredential");
  expect(credential.proof.cryptosuite).toBe("eddsa-rdfc-2022");
  expect(credential.credentialSubject.achievement.name).toBe("Compliance Architect");
});

test("a claim from two tabs at once makes one certificate", async ({ page, context }) => {
  const learner = newLearner();
  await signUp(page, learner);
  for (const simulationId of requiredSimulations(TRACK)) await passCase(page, TRACK, simulationId);

  const second = await context.newPage();
  await Promise.all([page.goto(`/en/tracks/${TRACK}`), second.goto(`/en/tracks/${TRACK}`)]);
  await Promise.all([
    page.getByRole("button", { name: "Claim your certificate" }).click(),
    second.getByRole("button", { name: "Claim your certificate" }).click(),
  ]);
  await expect(page.getByTestId("credential-status")).toHaveText("Valid");
  await expect(second.getByTestId("credential-status")).toHaveText("Valid");
  expect(new URL(page.url()).pathname).toBe(new URL(second.url()).pathname);
});
