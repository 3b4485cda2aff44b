import { expect, test } from "@playwright/test";
import { TRACK, newLearner, passCase, requiredSimulations, signUp } from "./support";

test.describe.configure({ timeout: 180_000 });

test("a claimed certificate is verified by a signed-out visitor, who downloads its PDF and checks its JSON", async ({ page, browser }) => {
  const learner = newLearner();
  await signUp(page, learner);
  for (const simulationId of requiredSimulations(TRACK)) await passCase(page, TRACK, simulationId);
  await page.goto(`/en/tracks/${TRACK}`);
  await page.getByRole("button", { name: "Claim your certificate" }).click();
  await expect(page.getByTestId("credential-status")).toHaveText("Valid");
  const publicId = new URL(page.url()).pathname.split("/").pop()!;

  const stranger = await browser.newContext({ acceptDownloads: true });
  const verifier = await stranger.newPage();
  await verifier.goto(`/verify/${publicId}`);
  await expect(verifier.getByTestId("credential-status")).toHaveText("Valid");
  await expect(verifier.getByTestId("holder")).toHaveText(learner.name);
  await expect(verifier.getByTestId("share-url")).toHaveValue(new RegExp(`/verify/${publicId}$`));
  await expect(verifier.getByTestId("linkedin")).toHaveAttribute("href", /linkedin\.com\/profile\/add\?startTask=CERTIFICATION_NAME.*certId=/);

  const [download] = await Promise.all([verifier.waitForEvent("download"), verifier.getByTestId("download-pdf").click()]);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const pdf = readFileSync(path!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The same credential, pasted into the public verify page, checks out too.
  const json = await (await verifier.request.get(`/api/credentials/${publicId}`)).text();
  await verifier.goto("/en/verify");
  await verifier.getByLabel("Paste the credential JSON").fill(json);
  await verifier.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(verifier.getByTestId("verify-result")).toContainText("Valid");
  await stranger.close();
});
