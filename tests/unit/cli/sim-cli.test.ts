/**
 * The author CLI is how simulations are checked from outside: these tests spawn the real command,
 * exactly as `npm run -s sim -- …` does, and read its stdout, stderr and exit code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sim-cli-"));

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/sim.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const FINLAND_PARAMS = { asOf: "2026-09-01", destination: "FI", channel: "own-webshop", sellerIossRegistered: false, goodsValueEur: 100, shippingEur: 10, units: 5, tariffLines: 2 };

/** A failure is one line on stderr, nothing on stdout, a non-zero exit, and no stack trace. */
function expectOneLineError(result: ReturnType<typeof sim>, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe("");
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("sim CLI", { timeout: 60_000 }, () => {
  it("lists simulation ids one per line", () => {
    const result = sim("list");
    expect(result.code).toBe(0);
    const ids = result.stdout.trimEnd().split("\n");
    expect(ids).toContain("eu-import-vat-low-value");
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it("solves a case from a JSON params file and cites the rules", () => {
    const result = sim("solve", "eu-import-vat-low-value", "--params", file("fi.json", JSON.stringify(FINLAND_PARAMS)));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.answer).toEqual({ collector: "carrier-from-consumer", vatRate: 25.5, vatAmountEur: 29.58, customsDutyEur: 6 });
    expect(typeof output.explanation).toBe("string");
    expect(output.rules).toContain("eu.customs.interim-flat-duty");
  });

  it("answers as of the --as-of date instead of the params' date, from a YAML file", () => {
    const yaml = Object.entries(FINLAND_PARAMS).map(([key, value]) => `${key}: ${value}`).join("\n");
    const output = JSON.parse(sim("solve", "eu-import-vat-low-value", "--params", file("fi.yaml", yaml), "--as-of", "2024-06-01").stdout);
    expect(output.answer).toMatchObject({ vatRate: 24, customsDutyEur: 0 });
  });

  it("grades an answer with a score per part and a note naming the misconception", () => {
    const answer = file("answer.json", JSON.stringify({ collector: "carrier-from-consumer", vatRate: 25.5, vatAmountEur: 28.05, customsDutyEur: 6 }));
    const result = sim("grade", "eu-import-vat-low-value", "--params", file("fi2.json", JSON.stringify(FINLAND_PARAMS)), "--answer", answer);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.score).toBe(0.6);
    const vat = output.parts.find((part: { id: string }) => part.id === "vatAmountEur");
    expect(vat).toMatchObject({ score: 0, misconception: "base-without-duty" });
    expect(vat.note).toMatch(/duty/);
  });

  it("draws the parameters from --seed, the same case each time", () => {
    const first = sim("solve", "eu-import-vat-low-value", "--seed", "7");
    expect(first.code).toBe(0);
    expect(sim("solve", "eu-import-vat-low-value", "--seed", "7").stdout).toBe(first.stdout);
    const { answer } = JSON.parse(first.stdout);
    const graded = JSON.parse(sim("grade", "eu-import-vat-low-value", "--seed", "7", "--answer", file("key.json", JSON.stringify(answer))).stdout);
    expect(graded.score).toBe(1);
  });

  it("scores a part left out of the answer as 0 instead of failing", () => {
    const answer = file("partial.yaml", "collector: carrier-from-consumer\nvatRate: 25.5\n");
    const output = JSON.parse(sim("grade", "eu-import-vat-low-value", "--params", file("fi3.json", JSON.stringify(FINLAND_PARAMS)), "--answer", answer).stdout);
    expect(output.score).toBe(0.4);
  });

  it.each([
    ["an unknown command", ["frobnicate"], /unknown command/],
    ["no command", [], /missing command/],
    ["an unknown simulation", ["solve", "no-such-case", "--seed", "1"], /unknown simulation "no-such-case"/],
    ["an unknown option", ["solve", "eu-import-vat-low-value", "--seed", "1", "--bogus"], /--bogus/],
    ["both --seed and --params", ["solve", "eu-import-vat-low-value", "--seed", "1", "--params", "x.json"], /exactly one of/],
    ["a seed that is not a number", ["solve", "eu-import-vat-low-value", "--seed", "abc"], /--seed/],
    ["a malformed --as-of", ["solve", "eu-import-vat-low-value", "--seed", "1", "--as-of", "1 June 2026"], /--as-of/],
    ["grade without --answer", ["grade", "eu-import-vat-low-value", "--seed", "1"], /--answer/],
    ["a missing params file", ["solve", "eu-import-vat-low-value", "--params", "/no/such/file.json"], /cannot read params file/],
  ])("rejects %s with a one-line error", (_name, args, pattern) => {
    expectOneLineError(sim(...args), pattern);
  });

  it("rejects unreadable or invalid files with a one-line error", () => {
    expectOneLineError(sim("solve", "eu-import-vat-low-value", "--params", file("broken.json", "{ not json")), /not valid JSON/);
    expectOneLineError(sim("solve", "eu-import-vat-low-value", "--params", file("broken.yaml", "asOf: [unclosed")), /not valid YAML/);
    expectOneLineError(sim("solve", "eu-import-vat-low-value", "--params", file("wrong.json", JSON.stringify({ ...FINLAND_PARAMS, destination: "XX" }))), /invalid parameters.*destination/);
    expectOneLineError(sim("solve", "eu-import-vat-low-value", "--params", file("list.json", "[1, 2]"), "--as-of", "2026-01-01"), /expected an object/);
    const params = file("fi4.json", JSON.stringify(FINLAND_PARAMS));
    expectOneLineError(sim("grade", "eu-import-vat-low-value", "--params", params, "--answer", file("bad-answer.json", JSON.stringify({ vatRate: "a lot" }))), /vatRate/);
    expectOneLineError(sim("grade", "eu-import-vat-low-value", "--params", params, "--answer", file("extra.json", JSON.stringify({ colour: "red" }))), /answer file/);
  });
});
