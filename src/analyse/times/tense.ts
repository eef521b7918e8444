// Whether a time expression sits in a future-tense clause ("will meet on Friday", "is due in March").
// News convention: a bare weekday or month refers back to the most recent one unless the clause looks ahead.
import type { ArticleDoc } from '../document.js';

const FUTURE_CUE = /\b(will|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|to)|plans? to|planned|scheduled|upcoming|next|coming|expects? to|would)\b/i;
const CLAUSE_BREAK = /[.;:!?]\s|\b(?:after|when|since|but|while|which|who|that)\b|,\s(?:and|but)\b/gi;

/** The clause text before `start`, back to the sentence start or the nearest clause break. */
export function clauseBefore(doc: ArticleDoc, start: number): string {
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  const from = sentence ? sentence.start : Math.max(0, start - 120);
  const before = doc.text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function isFutureContext(doc: ArticleDoc, start: number, end: number): boolean {
  const after = doc.text.slice(end, end + 25).split(/[.;!?]/)[0] ?? '';
  return FUTURE_CUE.test(clauseBefore(doc, start)) || /^\s*(?:,\s*)?(?:will|is expected|is scheduled)\b/i.test(after);
}
