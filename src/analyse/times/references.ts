// Times with no place on the calendar (TimeML PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
// "recently", "in recent years", "the near future".
import { REFERENCE_WORDS } from '../../lang/en/times.js';
import type { FoundTime } from './chrono-times.js';
import { wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';

const REFERENCE = new RegExp(String.raw`\b(${wordsPattern(REFERENCE_WORDS.map(([w]) => w))})\b(?![-'’])`, 'gi');
// tried only at the first word of a phrase (keyed-search.ts)
const REFERENCE_K = keyed(REFERENCE, { words: REFERENCE_WORDS.map(([w]) => w.split(' ')[0]!), opensMatch: true }, true);
const REFERENCE_VALUE = new Map(REFERENCE_WORDS.map(([w, v]) => [w, v]));

export function referenceTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of keyedMatches(REFERENCE_K, text)) {
    if (/\b(?:most|more|less|least)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue; // "the most recent model"
    // "shortly after she filed", "soon before midnight": a time next to another, not the future
    if (/^\s+(?:after|before|afterwards|thereafter)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    const value = REFERENCE_VALUE.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, type: 'DATE' });
  }
  return out;
}

