import { describe, expect, it } from "vitest";
import config from "@/next.config";
import { MAX_ROSTER_BYTES } from "@/domain/cohorts/roster-limits";

describe("roster upload limits", () => {
  it("lets a roster at the documented limit, with its multipart framing, through Next's server-action body limit", () => {
    // Next's default is 1 MB: a 1–2 MB roster used to fail with an opaque error before the action ran.
    const limit = config.experimental?.serverActions?.bodySizeLimit;
    expect(typeof limit).toBe("number");
    expect(limit as number).toBeGreaterThanOrEqual(MAX_ROSTER_BYTES + 64 * 1024);
  });
});
