// Ranges written day-first or run together, which chrono-node misreads: "17 August-2 September" (it reads
// "17 August-2" with a time zone), "from 3 May to 5 June" (3 May at 03:00), "31 May-1 June 1916" (only the
// end), "March 19-April 30" (19 April 2030). One expression with the start as value and the end as endValue,
// as chrono's own ranges are; a year written at the end holds for both ends.
import { MONTH_NAME_PATTERN } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { isoDay, isValidYmd, monthIndex, type Ymd } from './calendar.js';
import { yearFor, type FoundTime } from './chrono-times.js';
import type { Tense } from './tense.js';

const MONTH = String.raw`(${MONTH_NAME_PATTERN})\b\.?`;
const LAST_MONTH = String.raw`(${MONTH_NAME_PATTERN})\b`; // a full stop after it ends the sentence
const DAY = String.raw`([12]?\d|3[01])${ORDINAL_SUFFIX_PATTERN}?`;
const SEPARATOR = String.raw`\s*(?:-{1,2}|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b)\s*`;
const YEAR = String.raw`(?:,?\s+((?:1[5-9]|20)\d{2})\b)?`;
// "17 August-2 September 1914"
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}${SEPARATOR}${DAY}\s+(?:of\s+)?${LAST_MONTH}${YEAR}`, 'g');
// "March 19-April 30", "May 15 to August 16, 1988" (months differ: chrono reads one month with two days itself)
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+${DAY}${SEPARATOR}${MONTH}\s+${DAY}\b${YEAR}`, 'g');

export function dateRangeTimes(text: string, ref: Ymd | null, tenseAt: (start: number, end: number) => Tense): FoundTime[] {
  const out: FoundTime[] = [];
  const push = (m: RegExpMatchArray, from: { month: number; day: number }, to: { month: number; day: number }, written: string | undefined) => {
    if (!from.month || !to.month) return;
    const start = m.index!, end = start + m[0].length;
    let endYear: number | null = written ? Number(written) : null;
    let startYear: number | null = endYear === null ? null : from.month > to.month ? endYear - 1 : endYear;
    if (startYear === null && ref) {
      startYear = yearFor(from.month, from.day, ref, tenseAt(start, end));
      endYear = to.month < from.month ? startYear + 1 : startYear;
    }
    const a = startYear === null ? null : { year: startYear, ...from }, b = endYear === null ? null : { year: endYear, ...to };
    if ((a && !isValidYmd(a)) || (b && !isValidYmd(b))) return;
    out.push({ text: m[0], start, end, value: a ? isoDay(a) : null, endValue: b ? isoDay(b) : null, type: 'DATE' });
  };
  for (const m of text.matchAll(DAY_MONTH)) {
    push(m, { month: monthIndex(m[2]!), day: Number(m[1]) }, { month: monthIndex(m[4]!), day: Number(m[3]) }, m[5]);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    if (monthIndex(m[1]!) === monthIndex(m[3]!)) continue;
    push(m, { month: monthIndex(m[1]!), day: Number(m[2]) }, { month: monthIndex(m[3]!), day: Number(m[4]) }, m[5]);
  }
  return out;
}
