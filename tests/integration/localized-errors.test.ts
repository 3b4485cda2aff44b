/**
 * Errors are rendered in the reader's language at the boundary: a server action in the page's
 * `lang`, a JSON route in ?lang= or Accept-Language, the sign-in refusal in the language the form
 * posts. English stays the default (and what the other suites compare).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authorize";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { createOrganizationAction } from "@/app/[lang]/admin/organizations/actions";
import { importRosterAction } from "@/app/[lang]/org/[orgId]/cohorts/[cohortId]/actions";
import { signUpAction } from "@/app/[lang]/sign-up/actions";
import { GET as credentialRoute } from "@/app/api/credentials/[id]/route";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { authOptions } from "@/server/auth";
import { createAccount } from "@/server/services/create-account";
import { freshTestDatabase } from "./support/test-database";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort } from "./support/organizations";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let platformAdmin: Actor, orgAdmin: Actor, orgId: string, cohortId: string;

beforeAll(async () => {
  db = await freshTestDatabase();
  platformAdmin = await createPlatformAdmin();
  const org = await createOrgWithStaff(platformAdmin, "Org Zh");
  [orgId, orgAdmin] = [org.id, org.admin];
  cohortId = (await createTestCohort(orgAdmin, orgId)).id;
  await createAccount({ name: "Lin", email: "lin@example.test", password: "Good-enough-pass-42" }, "en");
}, 120_000);
afterAll(() => db.dispose());

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("a server action called from a Chinese page", () => {
  it("answers with the message and the field errors in Chinese, the length bound filled in", async () => {
    session.userId = null;
    const result = await signUpAction("zh", null, form({ name: "", email: "not-an-email", password: "short" }));
    expect(result).toEqual({
      ok: false,
      message: "请检查标出的字段。",
      fieldErrors: { name: ["请输入姓名"], email: ["请输入有效的电子邮箱地址"], password: ["至少需要 10 个字符", "密码须包含至少一个数字"] },
    });
  });

  it("answers in English from an English page, word for word as before", async () => {
    const result = await signUpAction("en", null, form({ name: "", email: "not-an-email", password: "short" }));
    expect(result).toMatchObject({ ok: false, message: "Check the highlighted fields.", fieldErrors: { password: ["Use at least 10 characters", "Include at least one digit"] } });
  });

  it("says in Chinese that an account exists, and that a name is required", async () => {
    expect(await signUpAction("zh", null, form({ name: "Lin", email: "lin@example.test", password: "Another-good-pass-7" }))).toEqual({
      ok: false,
      message: "该电子邮箱已注册。",
      fieldErrors: { email: ["该电子邮箱已注册，请直接登录。"] },
    });
    session.userId = platformAdmin.id;
    expect(await createOrganizationAction("zh", null, form({ name: "", kind: "SCHOOL" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: ["请填写机构名称"], kind: ["请选择高校或企业"] },
    });
  });

  it("renders an authorization refusal and a malformed request in Chinese", async () => {
    session.userId = null;
    expect(await createOrganizationAction("zh", null, form({ name: "Org", kind: "COMPANY" }))).toEqual({ ok: false, message: "请先登录。" });
    session.userId = platformAdmin.id;
    expect(await createOrganizationAction("zh", null, "not a form" as unknown as FormData)).toMatchObject({ ok: false, message: "请求格式不正确，请刷新页面后重试。" });
  });

  it("gives each refused roster row its reasons in Chinese, with the row number", async () => {
    session.userId = orgAdmin.id;
    const csv = "email,name\namy@uni.test,Amy\nnope,Bad\nbo@uni.test,\namy@uni.test,Amy again";
    const report = await importRosterAction("zh", orgId, cohortId, null, form({ file: new File([csv], "roster.csv") }));
    expect(report.ok && report.data.problems).toEqual([
      { row: 3, email: "nope", reason: "请输入有效的电子邮箱地址" },
      { row: 4, email: "bo@uni.test", reason: "请填写学员姓名" },
      { row: 5, email: "amy@uni.test", reason: "与第 2 行的邮箱重复" },
    ]);
    expect(await importRosterAction("zh", orgId, cohortId, null, form({ file: new File(['email,name\n"open'], "roster.csv") }))).toEqual({
      ok: false,
      message: "从第 2 行开始的带引号单元格没有闭合。",
      fieldErrors: { file: ["从第 2 行开始的带引号单元格没有闭合。"] },
    });
  });
});

describe("a JSON route", () => {
  it("answers in Chinese to Accept-Language: zh, in English without it", async () => {
    const missing = (headers: HeadersInit) => credentialRoute(new Request("http://localhost/api/credentials/nope!", { headers }), { params: Promise.resolve({ id: "nope!" }) });
    const zh = await missing({ "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" });
    expect(zh.status).toBe(404);
    expect(await zh.json()).toMatchObject({ error: { code: "NOT_FOUND", message: "没有该编号的证书。" } });
    expect(await (await missing({})).json()).toMatchObject({ error: { message: "No certificate with this id." } });
  });

  it("fills the parameters of a Chinese message", async () => {
    const response = await verifyRoute(new Request("http://localhost/api/verify?lang=zh", { method: "POST", body: "{ not json" }), { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^JSON 格式错误：/);
    const empty = await verifyRoute(new Request("http://localhost/api/verify", { method: "POST", body: "", headers: { "accept-language": "zh" } }), { params: Promise.resolve({}) });
    expect(await empty.json()).toMatchObject({ error: { code: "VALIDATION", message: "请求中没有凭证：请将凭证 JSON 作为正文发送，或以文件上传。" } });
  });
});

describe("sign-in", () => {
  const authorize = (body: Record<string, string>) =>
    (authOptions.providers[0] as unknown as { options: { authorize: (credentials: Record<string, string>, request: unknown) => Promise<unknown> } }).options.authorize(body, { body, headers: {}, method: "POST", query: {} });

  it("refuses in the language the form posts", async () => {
    await expect(authorize({ email: "lin@example.test", password: "wrong-password-1", lang: "zh" })).rejects.toThrow("电子邮箱或密码不正确。");
    await expect(authorize({ email: "lin@example.test", password: "wrong-password-1" })).rejects.toThrow("Email or password is incorrect.");
  });
});
