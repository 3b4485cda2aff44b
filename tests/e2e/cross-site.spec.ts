import { expect, test, type Request } from "@playwright/test";
import { CASE, TRACK, newLearner, signUp } from "./support";

const EVIL = "https://evil.example";
const casePage = `/en/tracks/${TRACK}/cases/${CASE}`;

test("a server action posted from another site is refused with 403 and changes nothing; from this site it works", async ({ page }) => {
  await signUp(page, newLearner());
  await page.goto(casePage);
  // Catch the browser's own "start attempt" action call (with its action id and cookies), hold it back...
  let captured: Request | undefined;
  await page.route(`**${casePage}`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  await page.getByRole("button", { name: /Start attempt 1/ }).click();
  await expect.poll(() => captured).toBeDefined();
  await page.unroute(`**${casePage}`);

  // ...and send it again as another site's page would: same cookies, foreign Origin.
  const actionHeaders = Object.fromEntries(Object.entries(captured!.headers()).filter(([name]) => name.startsWith("next-") || ["accept", "content-type"].includes(name)));
  const forged = await page.request.fetch(captured!.url(), {
    method: "POST",
    headers: { ...actionHeaders, origin: EVIL, "sec-fetch-site": "cross-site" },
    data: captured!.postDataBuffer() ?? undefined,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain("Cross-site request refused");
  await page.reload();
  await expect(page.getByRole("button", { name: /Start attempt 1/ })).toBeVisible();

  // The same action from this site still works.
  await page.getByRole("button", { name: /Start attempt 1/ }).click();
  await expect(page.getByText("Attempt 1 / 5")).toBeVisible();
});

test("a JSON API write from another site is refused with a 403 JSON error; from this site it works", async ({ page, baseURL }) => {
  await signUp(page, newLearner());
  const url = `/api/tracks/${TRACK}/cases/${CASE}/attempts`;
  const forged = await page.request.post(url, { headers: { origin: EVIL } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("Cross-site request refused") });
  // Without Origin, a browser's Sec-Fetch-Site: cross-site is enough to refuse.
  expect((await page.request.post(url, { headers: { "sec-fetch-site": "cross-site" } })).status()).toBe(403);
  await page.goto(casePage);
  await expect(page.getByRole("button", { name: /Start attempt 1/ })).toBeVisible();

  const own = await page.request.post(url, { headers: { origin: new URL(baseURL!).origin } });
  expect(own.status()).toBe(201);
  expect((await own.json()).number).toBe(1);
});

test("employers' tools on other sites can still call the public verification API", async ({ request }) => {
  const bulk = await request.post("/api/verify/bulk", { headers: { origin: "https://employer.example", "content-type": "text/csv" }, data: "demo-valid-2026\n" });
  expect(bulk.status()).toBe(200);
  expect(await bulk.text()).toContain("demo-valid-2026");
});
