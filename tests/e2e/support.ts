import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { loadCatalog } from "@/server/content/load-content";
import type { Answer, Params } from "@/domain/simulations/engine";
import { solveVariant } from "@/domain/simulations/run-simulation";

export const TRACK = "compliance-architect";
export const CASE = "eu-import-vat-low-value";

export function newLearner() {
  const id = randomUUID().slice(0, 8);
  return { name: `Test Learner ${id}`, email: `learner-${id}@example.test`, password: `Str0ng-pass-${id}` };
}

export async function signUp(page: Page, learner: ReturnType<typeof newLearner>, lang = "en", options: { verify?: boolean } = { verify: true }) {
  await page.goto(`/${lang}/sign-up`);
  await page.getByLabel(lang === "zh" ? "姓名" : "Full name").fill(learner.name);
  await page.getByLabel(lang === "zh" ? "电子邮箱" : "Email").fill(learner.email);
  await page.getByLabel(lang === "zh" ? "密码" : "Password", { exact: true }).fill(learner.password);
  await page.getByRole("button", { name: lang === "zh" ? "注册账号" : "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(learner.name);
  // Certificates need a verified address: open the emailed link, as the learner would.
  if (options.verify) await verifyEmailThroughOutbox(page, learner.email);
}

/**
 * The newest link emailed to `to` (kind "verify-email", "password-reset"), read where mail arrives
 * without SMTP_URL: the platform admin's outbox page, in a separate browser context. Returns a path.
 */
export async function linkFromOutbox(page: Page, to: string, kind: string): Promise<string> {
  const admin = await page.context().browser()!.newContext();
  try {
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin@borderless.test", "admin-demo-2026");
    await expect(adminPage.getByTestId("signed-in-as")).toBeVisible();
    await adminPage.goto("/en/admin/outbox");
    const card = adminPage.getByTestId("outbox-email").filter({ hasText: to }).filter({ hasText: kind }).first();
    const href = await card.getByRole("link").first().getAttribute("href");
    const url = new URL(href!);
    return url.pathname;
  } finally {
    await admin.close();
  }
}

export async function verifyEmailThroughOutbox(page: Page, email: string) {
  const path = await linkFromOutbox(page, email, "verify-email");
  const visitor = await page.context().browser()!.newContext();
  try {
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(path);
    await visitorPage.getByRole("button", { name: /Confirm my email|确认我的邮箱/ }).click();
    await expect(visitorPage.getByRole("status")).toHaveText(/email address is confirmed|邮箱地址已确认/);
  } finally {
    await visitor.close();
  }
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The open attempt's parameters, as the case page publishes them (the key itself never is). */
export async function readCaseParams(page: Page): Promise<Params> {
  const raw = await page.getByTestId("case-facts").getAttribute("data-params");
  return JSON.parse(raw ?? "{}") as Params;
}

/** The answer key for the variant on screen, computed here by the same engine the server uses. */
export async function solveCaseOnPage(page: Page, simulationId: string): Promise<Answer> {
  const simulation = loadCatalog().simulation(simulationId)!;
  return solveVariant(simulation, await readCaseParams(page)).answer;
}

export async function fillAnswer(page: Page, simulationId: string, answer: Record<string, unknown>) {
  const simulation = loadCatalog().simulation(simulationId)!;
  for (const part of simulation.parts) {
    const value = answer[part.id];
    if (value === undefined) continue;
    if (part.input.kind === "number") {
      await page.getByLabel(part.label.en, { exact: true }).fill(String(value));
      continue;
    }
    const group = page.getByRole("group", { name: part.label.en, exact: true });
    for (const chosen of Array.isArray(value) ? value : [value]) {
      const option = part.input.options.find((o) => o.value === chosen)!;
      await group.getByLabel(option.label.en, { exact: true }).check();
    }
  }
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Every simulation a track's certificate requires, in module order. */
export function requiredSimulations(trackId: string): string[] {
  const track = loadCatalog().track(trackId)!;
  return track.moduleList.filter((m) => track.requiredModules.includes(m.id)).flatMap((m) => m.simulations);
}

/** Opens the next attempt at a case and answers it with the key: the way a well-prepared learner passes. */
export async function passCase(page: Page, trackId: string, simulationId: string) {
  await page.goto(`/en/tracks/${trackId}/cases/${simulationId}`);
  await page.getByRole("button", { name: /Start attempt/ }).click();
  const key = await solveCaseOnPage(page, simulationId);
  const simulation = loadCatalog().simulation(simulationId)!;
  // Branching cases: take the best decision at each step, one page at a time.
  const decided = new Set<string>();
  while (await page.getByTestId("branch-step").isVisible()) {
    const legend = await page.getByTestId("branch-step").locator("legend").innerText();
    const part = simulation.parts.find((p) => p.label.en === legend.trim())!;
    const option = part.input.kind === "choice" ? part.input.options.find((o) => o.value === key[part.id]) : undefined;
    await page.getByTestId("branch-step").getByLabel(option!.label.en, { exact: true }).check();
    await page.getByRole("button", { name: "Make this decision" }).click();
    await expect(page.getByTestId("branch-history").getByText(option!.label.en, { exact: true })).toBeVisible();
    decided.add(part.id);
  }
  await fillAnswer(page, simulationId, Object.fromEntries(Object.entries(key).filter(([id]) => !decided.has(id))));
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("score")).toHaveText("100%");
}
