// Learner-page messages whose formatting the pages rely on.
import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/translate";

describe("learner page messages", () => {
  it("count lessons found and questions with the language's plural rules", () => {
    expect(translate("en", "learn.lessonsFound", { count: 1 })).toBe("1 lesson found");
    expect(translate("en", "learn.lessonsFound", { count: 3 })).toBe("3 lessons found");
    expect(translate("zh", "learn.lessonsFound", { count: 3 })).toBe("找到 3 篇课程");
    expect(translate("en", "learn.questionCount", { count: 5 })).toBe("5 questions");
    expect(translate("zh", "learn.questionCount", { count: 5 })).toBe("5 题");
  });

  it("keep the word-count placeholder the memo form fills in on the client", () => {
    expect(translate("en", "learn.draftSaved", { count: "{count}" })).toBe("Draft saved ({count} words)");
    expect(translate("zh", "learn.draftSaved", { count: "{count}" })).toBe("草稿已保存（{count} 字）");
  });

  it("say the English the browser tests look for", () => {
    expect(translate("en", "learn.trackProgressLine", { read: 0, lessons: 12, passed: 0, cases: 4 })).toBe("0/12 lessons read, 0/4 cases passed");
    expect(translate("en", "learn.requiredCasesPassed", { passed: 4, required: 4 })).toBe("4/4 required cases passed");
    expect(translate("en", "learn.aboutCaseText", { minutes: 20 })).toContain("the rules in force on the case's date, and each part's feedback");
  });
});
