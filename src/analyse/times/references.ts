// Times with no place on the calendar (TimeML PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
// "recently", "in recent years", "the near future".
import { REFERENCE_WORDS } from '../../lang/en/times.js';
import type { FoundTime } from './chrono-times.js';
import { wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import { COMPARATIVES, SEQUENCE_WORDS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const REFERENCE = new RegExp(String.raw`\b(${wordsPattern(REFERENCE_WORDS.map(([w]) => w))})\b(?![-'’])`, 'gi');
// tried only at the first word of a phrase (keyed-search.ts)
const REFERENCE_K = keyed(REFERENCE, { words: REFERENCE_WORDS.map(([w]) => w.split(' ')[0]!), opensMatch: true }, true);
const REFERENCE_VALUE = new Map(REFERENCE_WORDS.map(([w, v]) => [w, v]));

const COMPARATIVE_BEFORE = new RegExp(String.raw`\b(?:${alternation(COMPARATIVES)})\s+$`, 'i');
const SEQUENCE_AFTER = new RegExp(String.raw`^\s+(?:${alternation(SEQUENCE_WORDS)})\b`, 'i');

export function referenceTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of keyedMatches(REFERENCE_K, text)) {
    if (COMPARATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue; // "the most recent model"
    // "shortly after she filed", "soon before midnight": a time next to another, not the future
    if (SEQUENCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    const value = REFERENCE_VALUE.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, type: 'DATE' });
  }
  return out;
}

