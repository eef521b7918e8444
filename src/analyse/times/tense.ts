// The tense of the clause around a time expression ("will meet on Friday", "was signed in March").
// News convention: a bare weekday refers back to the most recent one unless the clause looks ahead;
// a month without a year goes back when the clause is past, forward when future, else to the nearest.
import { sentenceIndexAt, type ArticleDoc } from '../document.js';
import { ACCUSATION, CLAUSE_JOINERS, FUTURE_AFTER, FUTURE_CUE, PAST_AUXILIARIES, PAST_CUE, PAST_GUESS_MODALS, REPORTING_VERB, SCHEDULED_PRESENT } from '../../lang/en/times.js';
import { CLAUSE_BREAK_WORDS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

export type Tense = 'past' | 'future' | null;

const CLAUSE_BREAK = new RegExp(String.raw`[.;:!?]\s|\b(?:${alternation(CLAUSE_BREAK_WORDS)})\b|,\s(?:and|but)\b`, 'gi');

/**
 * How far back a clause is read. Cue words sit next to the time they qualify; an unbounded look-back made
 * one long sentence of repeated dates quadratic (issue 12: "on Monday, " × 5,000 ran past 60 s).
 */
const CLAUSE_WINDOW = 400;


/** The clause text before `start`, back to the sentence start or the nearest clause break. */
export function clauseBefore(doc: ArticleDoc, start: number): string {
  const sentence = doc.sentences[sentenceIndexAt(doc.sentences, start)];
  const from = sentence ? Math.max(sentence.start, start - CLAUSE_WINDOW) : Math.max(0, start - 120);
  const before = doc.text.slice(from, start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function tenseAt(doc: ArticleDoc, start: number, end: number): Tense {
  // "held since January": "since" counts from a point already passed (it also breaks the clause, so look here)
  if (/\bsince\s+(?:late\s+|early\s+|mid-?)?$/i.test(doc.text.slice(Math.max(0, start - 16), start))) return 'past';
  // quoted words keep the speaker's tense, not the narrative's: “Europe will not ...,” Costa said late on Thursday
  const before = clauseBefore(doc, start).replace(/[“"][^“”"]*[”"]/g, ' ');
  const after = doc.text.slice(end, end + 30).split(/[.;!?]/)[0] ?? '';
  // "X will meet on Friday, the minister said in a statement on Saturday": a past reporting verb after the
  // last future cue is the clause the date belongs to
  if (lastIndex(REPORTING_VERB, before) > lastIndex(FUTURE_CUE, before)) return 'past';
  // "profit would be lower than it had forecast in November": a past tense after the last future cue governs the date
  // (a past form inside the future cue itself, "is scheduled", does not)
  const future = lastMatch(FUTURE_CUE, before);
  if (future && lastIndex(PAST_AUXILIARY, before) >= future.index + future[0].length) return 'past';
  // the verb after the date counts only when the date opens its clause ("On Sunday, she will …", not "He was arrested
  // on Sunday and will appear …")
  if (FUTURE_CUE.test(before) || (OPENING.test(before) && FUTURE_AFTER_DATE.test(after) && !REPORTING_VERB.test(after))) return 'future';
  if (ACCUSATION.test(before)) return 'past';
  // "the meeting ends on Thursday": a scheduling verb in the present points ahead
  if (SCHEDULED_PRESENT.test(before)) return 'future';
  // "The final day of business is Saturday": a day named as what something is lies ahead
  if (/\b(?:is|are)\s+(?:on\s+)?$/i.test(before) && !/^['’]s\b/.test(after)) return 'future';
  // "has called for a march on Saturday": the present perfect takes no past day of its own, so the day is ahead
  // ("may have ended", "must have left": a guess about the past)
  if (PAST_GUESS.test(before)) return 'past';
  if (/\b(?:has|have)\s+(?:already\s+)?[a-z]+(?:ed|en|t)\b/i.test(before) && !/\b(?:since|until|by)\b/i.test(before)) return 'future';
  return PAST_CUE.test(before) || /^\s*(?:,\s*)?(?:[a-z]+ )?(?:was|were|had|[a-z]{3,}ed)\b/i.test(after) ? 'past' : null;
}

// The global copies of the cue patterns, made once (a new pattern per call, and matchAll's own copy, cost more
// than the search in a short clause).
const globalCopies = new Map<RegExp, RegExp>();

/** The last match of `re` (which never matches empty) in `text`, or null. */
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  let at: RegExpExecArray | null = null;
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) at = m;
  return at;
}

/** Index of the last match of `re` in `text`, or -1. */
const lastIndex = (re: RegExp, text: string) => lastMatch(re, text)?.index ?? -1;

const PAST_AUXILIARY = new RegExp(`\\b(?:${alternation(PAST_AUXILIARIES)})\\b`, 'i');
// the verb may follow the date, after its subject: "On Sunday, she will turn them off"
const FUTURE_AFTER_DATE = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?!(?:${alternation(CLAUSE_JOINERS)})\b)[\p{L}’'-]+\s+){0,3}?(?:${alternation(FUTURE_AFTER)})\b`, 'iu');
const PAST_GUESS = new RegExp(`\\b(?:${alternation(PAST_GUESS_MODALS)})\\s+have\\s+[a-z]+(?:ed|en|t)\\b`, 'i');
/** The clause before the date holds at most a preposition: the date opens it. */
const OPENING = /^\s*(?:[\p{L}]+\s+)?$/u;

export function isFutureContext(doc: ArticleDoc, start: number, end: number): boolean {
  return tenseAt(doc, start, end) === 'future';
}
