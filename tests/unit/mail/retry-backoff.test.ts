import { describe, expect, it } from "vitest";
import { FIRST_RETRY_SECONDS, MAX_RETRY_SECONDS, retryDelaySeconds } from "@/domain/mail/retry-backoff";

describe("the retry schedule of undelivered mail", () => {
  it("retries first within 30 seconds, then doubles up to an hour, and never gives up", () => {
    expect(FIRST_RETRY_SECONDS).toBeLessThanOrEqual(30);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(retryDelaySeconds)).toEqual([15, 30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(retryDelaySeconds(500)).toBe(MAX_RETRY_SECONDS);
    expect(retryDelaySeconds(0)).toBe(FIRST_RETRY_SECONDS);
  });
});
