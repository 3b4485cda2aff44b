/**
 * Full-text search over lessons in one language. The catalog is small (tens of lessons), so a scan
 * with case-insensitive substring matching is fast and works for Chinese, which has no spaces to
 * split words on. Every term must occur; title hits rank above body hits.
 */
import type { TrackWithModules } from "./catalog";
import type { Locale } from "./locale";

export type LessonHit = { trackId: string; moduleId: string; lessonId: string; title: string; snippet: string; score: number };

const MAX_QUERY_TERMS = 8;

/** Markdown to plain text, enough for matching and snippets. */
function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`|-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

function snippetAround(text: string, term: string, radius = 80): string {
  const at = text.toLowerCase().indexOf(term);
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + term.length + radius);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

export function searchLessons(tracks: readonly TrackWithModules[], query: string, locale: Locale, limit = 20): LessonHit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return [];
  const hits: LessonHit[] = [];
  for (const track of tracks) {
    for (const module of track.moduleList) {
      for (const lesson of module.lessonList) {
        const title = lesson.title[locale];
        const body = plainText(lesson.body[locale]);
        const titleLower = title.toLowerCase();
        const bodyLower = body.toLowerCase();
        let score = 0;
        let everyTerm = true;
        for (const term of terms) {
          const inTitle = countOccurrences(titleLower, term);
          const inBody = countOccurrences(bodyLower, term);
          if (inTitle + inBody === 0) everyTerm = false;
          score += inTitle * 5 + inBody;
        }
        if (everyTerm) hits.push({ trackId: track.id, moduleId: module.id, lessonId: lesson.id, title, snippet: snippetAround(body, terms[0]!), score });
      }
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
}
