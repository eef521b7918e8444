// Year-level expressions chrono-node leaves out: bare years after a temporal preposition ("in 2019",
// "since 2008"), decades ("the 1990s") and quarters ("the first quarter of 2008", "Q3").
import type { Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';

const YEAR_AFTER_WORD = /\b(?:in|since|by|until|till|through|during|of|from|before|after|to|and|early|late|mid-?|fiscal|year|around|about|circa)\s+((?:1[89]|20)\d{2})\b(?![-–]\d|\s*(?:%|percent|per\b|people|units|cars|vehicles|jobs|[$€£]))/gi;
const YEAR_POSSESSIVE = /\b((?:1[89]|20)\d{2})['’]s\b/g;
const DECADE = /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d)0['’]?s\b/gi;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)(?:[-\s]+quarter)|Q([1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d{2}))?\b/gi;

export function yearRuleTimes(text: string, ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(YEAR_AFTER_WORD)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ text: m[1]!, start, end: start + 4, value: m[1]! });
  }
  for (const m of text.matchAll(YEAR_POSSESSIVE)) out.push({ text: m[1]!, start: m.index, end: m.index + 4, value: m[1]! });
  for (const m of text.matchAll(DECADE)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: m[1]! });
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = m[1] ? ORDINAL_QUARTER[m[1].toLowerCase()]! : Number(m[2]);
    // A quarter without a year is the reference year's; "Q3" with no reference stays unresolved.
    const year = m[3] ? Number(m[3]) : ref?.year ?? null;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value: year === null ? null : `${year}-Q${q}` });
  }
  return out;
}
