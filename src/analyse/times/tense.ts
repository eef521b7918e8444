// The tense of the clause around a time expression ("will meet on Friday", "was signed in March").
// News convention: a bare weekday refers back to the most recent one unless the clause looks ahead;
// a month without a year goes back when the clause is past, forward when future, else to the nearest.
import type { ArticleDoc } from '../document.js';

export type Tense = 'past' | 'future' | null;

const FUTURE_CUE = /\b(will|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|to)|plans? to|planned|scheduled|upcoming|next|coming|expects? to|would|should)\b/i;
const PAST_CUE = /\b(was|were|had|did|said|told|ago|last|earlier|took|began|came|fell|rose|made|met|left|won|lost|sold|bought|went|saw|held|gave|ran|spoke|struck|wrote|led|kept|paid|[a-z]{3,}ed)\b/i;
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

export function tenseAt(doc: ArticleDoc, start: number, end: number): Tense {
  const before = clauseBefore(doc, start);
  const after = doc.text.slice(end, end + 30).split(/[.;!?]/)[0] ?? '';
  if (FUTURE_CUE.test(before) || /^\s*(?:,\s*)?(?:will|is expected|is scheduled)\b/i.test(after)) return 'future';
  return PAST_CUE.test(before) || /^\s*(?:,\s*)?(?:[a-z]+ )?(?:was|were|had|[a-z]{3,}ed)\b/i.test(after) ? 'past' : null;
}

export function isFutureContext(doc: ArticleDoc, start: number, end: number): boolean {
  return tenseAt(doc, start, end) === 'future';
}
