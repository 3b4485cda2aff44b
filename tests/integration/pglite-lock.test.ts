import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockDataDir, processStartTime } from "@/server/database/pglite-lock";

let dataDir: string;
const lockFile = () => join(dataDir, "owner.pid");
const hasProc = processStartTime(process.pid) !== null;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "borderless-lock-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe("embedded database owner lock", () => {
  it.skipIf(!hasProc)("names its owner by pid and process start time, and removes the lock on release", () => {
    const release = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toEqual({ pid: process.pid, startTime: processStartTime(process.pid) });
    release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it.skipIf(!hasProc)("refuses while the recorded owner (same pid, same start time) is running", () => {
    writeFileSync(lockFile(), JSON.stringify({ pid: process.ppid, startTime: processStartTime(process.ppid) }));
    expect(() => lockDataDir(dataDir)).toThrow(DatabaseInUseError);
    expect(() => lockDataDir(dataDir)).toThrow(new RegExp(`pid ${process.ppid}`));
  });

  it("takes over a lock whose pid now belongs to another process (a different start time)", () => {
    // The parent process is alive but is not the owner that wrote this file: its pid was reused.
    writeFileSync(lockFile(), JSON.stringify({ pid: process.ppid, startTime: "1" }));
    const release = lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lockFile(), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock left by a process that has exited", () => {
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFileSync(lockFile(), JSON.stringify({ pid: Number(dead), startTime: "1" }));
    lockDataDir(dataDir)();
    writeFileSync(lockFile(), dead); // the bare-pid format of earlier versions
    lockDataDir(dataDir)();
    writeFileSync(lockFile(), "not a lock");
    lockDataDir(dataDir)();
  });
});
