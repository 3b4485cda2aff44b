import "server-only";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export class DatabaseInUseError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another Borderless process (pid ${ownerPid}). ` +
        `Stop that process first, or point DATABASE_URL at a PostgreSQL server to run several.`,
    );
    this.name = "DatabaseInUseError";
  }
}

/** Who holds the lock: a pid alone is not enough, since the OS reuses the pid of a dead process. */
export type LockOwner = { pid: number; startTime: string | null };

/**
 * When a process started, as Linux counts it (/proc/<pid>/stat field 22, clock ticks since boot):
 * with the pid it names one process for the machine's uptime. Null where /proc is absent (macOS,
 * Windows) or the process is gone.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (the command name) is in parentheses and may itself contain spaces or ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Reads a lock file: `{"pid":…,"startTime":…}`, or a bare pid as written by earlier versions. */
function parseOwner(text: string): LockOwner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), startTime: null };
  try {
    const value = JSON.parse(trimmed) as { pid?: unknown; startTime?: unknown };
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0) return null;
    return { pid: value.pid as number, startTime: typeof value.startTime === "string" ? value.startTime : null };
  } catch {
    return null;
  }
}

function readOwner(lockPath: string): LockOwner | null | "gone" {
  try {
    return parseOwner(readFileSync(lockPath, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
}

/**
 * True when the recorded owner still runs: its pid is alive and, where start times can be read,
 * the live process with that pid started when the owner did (otherwise the pid was reused).
 */
export function isOwnerRunning(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  if (owner.startTime === null) return true;
  const current = processStartTime(owner.pid);
  return current === null || current === owner.startTime;
}

/**
 * Takes exclusive ownership of a file-backed PGlite directory: PGlite has no lock of its own, and
 * two processes writing one directory corrupt it. The lock file names the owner by pid and start
 * time; a lock left by a dead process (even one whose pid now belongs to another process) is
 * taken over. Returns a release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "owner.pid");
  const me: LockOwner = { pid: process.pid, startTime: processStartTime(process.pid) };
  const release = () => rmSync(lockPath, { force: true });
  // Written aside, then linked into place: link() fails if the lock exists, and a reader never sees a half-written file.
  const draft = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(draft, lockPath);
        process.once("exit", release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const owner = readOwner(lockPath);
      if (owner === "gone") continue; // released meanwhile: try again
      if (owner?.pid === process.pid && (owner.startTime === null || owner.startTime === me.startTime)) return release;
      if (owner && isOwnerRunning(owner)) throw new DatabaseInUseError(dataDir, owner.pid);
      rmSync(lockPath, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
  throw new Error(`Could not lock ${dataDir}`);
}
