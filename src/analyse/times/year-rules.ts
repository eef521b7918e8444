// Expressions chrono-node leaves out: bare years after a temporal word ("in 2019", "the 2008 Olympics",
// "mid-2011"), decades ("the 1990s", "the 70s"), quarters ("the first quarter of 2008", "Q3") and
// four-digit UTC clock times ("0800 UTC").
import { isoDay, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';

const NOT_A_YEAR_AFTER = String.raw`(?![-–]\d|\s*(?:%|percent|per\b|people|units|cars|vehicles|jobs|points|shares|[$€£]))`;
const YEAR_AFTER_WORD = new RegExp(String.raw`(?:\b(?:in|since|by|until|till|through|during|of|from|before|after|to|and|the|early|late|fiscal|year|around|circa)\s+|\bmid-)((?:1[89]|20)\d{2})\b${NOT_A_YEAR_AFTER}`, 'gi');
const YEAR_POSSESSIVE = /\b((?:1[89]|20)\d{2})['’]s\b/g;
const DECADE = /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d)0['’]?s\b/gi;
const SHORT_DECADE = /\bthe\s+['’]?([2-9])0['’]?s\b/gi;
const ORDINAL_QUARTER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const QUARTER = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)(?:[-\s]+quarter)|Q([1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d{2}))?\b/gi;
const UTC_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:UTC|GMT)\b/g;

const span = (m: RegExpMatchArray, value: string | null, group = 0): FoundTime => {
  const text = m[group]!;
  const start = m.index! + m[0].lastIndexOf(text);
  return { text, start, end: start + text.length, value };
};

/** A quarter named without a year is the latest one begun by the reference date ("the fourth quarter" in February is last year's). */
function quarterYear(q: number, ref: Ymd): number {
  return (q - 1) * 3 + 1 <= ref.month ? ref.year : ref.year - 1;
}

export function yearRuleTimes(text: string, ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(YEAR_AFTER_WORD)) out.push(span(m, m[1]!, /^mid-/i.test(m[0]) ? 0 : 1));
  for (const m of text.matchAll(YEAR_POSSESSIVE)) out.push(span(m, m[1]!, 1));
  for (const m of text.matchAll(DECADE)) out.push(span(m, m[1]!));
  for (const m of text.matchAll(SHORT_DECADE)) out.push(span(m, `19${m[1]}`));
  for (const m of text.matchAll(QUARTER)) {
    const q = m[1] ? ORDINAL_QUARTER[m[1].toLowerCase()]! : Number(m[2]);
    const year = m[3] ? Number(m[3]) : ref ? quarterYear(q, ref) : null;
    out.push(span(m, year === null ? null : `${year}-Q${q}`));
  }
  for (const m of text.matchAll(UTC_CLOCK)) out.push(span(m, ref ? `${isoDay(ref)}T${m[1]}:${m[2]}Z` : null));
  return out;
}
