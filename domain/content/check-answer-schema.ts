/**
 * Turns a submitted knowledge-check form into validated answers. Forms send text: option ids,
 * decimal numbers ("12,5" or "12.5"), and for ordering questions one position per item.
 */
import type { CheckAnswers, KnowledgeCheck } from "./check-schema";

export type CheckFormFields = Record<string, string | string[] | undefined>;

const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** Field name of an ordering item's position input. */
export const orderingField = (questionId: string, itemId: string) => `${questionId}.${itemId}`;

/**
 * Validates every question's answer; unanswered questions are errors, so a learner never gets a
 * zero for a question they skipped by accident. Returns answers or field errors keyed by question id.
 */
export function parseCheckAnswers(check: KnowledgeCheck, fields: CheckFormFields): { ok: true; answers: CheckAnswers } | { ok: false; fieldErrors: Record<string, string[]> } {
  const answers: CheckAnswers = {};
  const fieldErrors: Record<string, string[]> = {};
  const fail = (id: string, message: string) => (fieldErrors[id] = [message]);
  for (const question of check.questions) {
    const raw = fields[question.id];
    switch (question.kind) {
      case "single": {
        const value = Array.isArray(raw) ? raw[0] : raw;
        if (!value || !question.options.some((o) => o.id === value)) fail(question.id, "errors.chooseOption");
        else answers[question.id] = value;
        break;
      }
      case "multiple": {
        const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
        if (values.length === 0) fail(question.id, "errors.tickOption");
        else if (!values.every((v) => question.options.some((o) => o.id === v))) fail(question.id, "errors.unknownOption");
        else answers[question.id] = [...new Set(values)];
        break;
      }
      case "numeric": {
        const text = (Array.isArray(raw) ? raw[0] : raw)?.trim().replace(/[\s\u00a0\u202f]/g, "") ?? "";
        if (!DECIMAL.test(text)) fail(question.id, "errors.enterNumber");
        else answers[question.id] = Number(text.replace(",", "."));
        break;
      }
      case "ordering": {
        const positions = question.items.map((item) => Number(fields[orderingField(question.id, item.id)]));
        const valid = positions.every((p) => Number.isInteger(p) && p >= 1 && p <= question.items.length);
        if (!valid) fail(question.id, "errors.giveEveryPosition");
        else if (new Set(positions).size !== positions.length) fail(question.id, "errors.giveDifferentPositions");
        else answers[question.id] = question.items.map((item, i) => ({ id: item.id, at: positions[i]! })).sort((a, b) => a.at - b.at).map((x) => x.id);
        break;
      }
    }
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, answers };
}
