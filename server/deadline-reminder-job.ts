import "server-only";
import { sendDeadlineReminders } from "./services/send-deadline-reminders";

// On globalThis: Next may load this module more than once per process, and one timer is enough.
const KEY = Symbol.for("borderless.deadline-reminder-job");
type Holder = { [KEY]?: ReturnType<typeof setInterval> };

let running = false;

async function runOnce(): Promise<void> {
  if (running) return; // a slow run is not overlapped by the next tick
  running = true;
  try {
    await sendDeadlineReminders(new Date());
  } catch (error) {
    // A failed run is retried at the next tick; it must never take the server down.
    console.error("Deadline reminders failed", error);
  } finally {
    running = false;
  }
}

/**
 * Sends deadline reminders now and then every `intervalMinutes`, once per process. Several
 * instances may each run it: the writes are idempotent. The timer does not keep the process alive.
 */
export async function startDeadlineReminderJob(intervalMinutes: number): Promise<void> {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  holder[KEY] = setInterval(() => void runOnce(), intervalMinutes * 60_000);
  holder[KEY].unref();
  await runOnce();
}
