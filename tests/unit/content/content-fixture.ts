/** A minimal valid content tree as an in-memory file map, for tests that break one file at a time. */
export function validContentFiles(): Map<string, string> {
  return new Map([
    [
      "tracks/demo/track.yaml",
      `id: demo
contentVersion: 2026.11.0
role: { en: Tester, zh: 测试员 }
title: { en: Demo, zh: 演示 }
summary: { en: A demo track., zh: 演示课程。 }
outcomes:
  - { en: Pass the tests., zh: 通过测试。 }
competencies:
  - id: testing
    name: { en: Testing, zh: 测试 }
modules: [basics]
requiredModules: [basics]
certificate: { passMark: 0.8, validityMonths: 24 }
`,
    ],
    [
      "tracks/demo/modules/basics/module.yaml",
      `id: basics
title: { en: Basics, zh: 基础 }
summary: { en: The basics., zh: 基础知识。 }
lessons: [first]
`,
    ],
    [
      "tracks/demo/modules/basics/lessons/first.md",
      `---
id: first
title: { en: First, zh: 第一课 }
minutes: 5
outcomes:
  - { en: Read a lesson., zh: 读完一课。 }
sources:
  - { title: A source, url: "https://example.org/", accessed: 2026-11-25 }
effective: { from: 2021-07-01 }
lastReviewed: 2026-11-25
---
<!-- en -->
Hello.
<!-- zh -->
你好。
`,
    ],
    [
      "tracks/demo/modules/basics/check.yaml",
      `questions:
  - id: capital
    kind: single
    prompt: { en: Pick B., zh: 选 B。 }
    options:
      - { id: a, text: { en: A, zh: 甲 }, explanation: { en: Not A., zh: 不是甲。 } }
      - { id: b, text: { en: B, zh: 乙 }, explanation: { en: Yes., zh: 对。 } }
    answer: b
  - id: rate
    kind: numeric
    prompt: { en: 19% of 100?, zh: 100 的 19% 是多少？ }
    answer: 19
    tolerance: 0.01
    explanation: { en: 0.19 x 100., zh: 0.19 × 100。 }
`,
    ],
  ]);
}
