// Days, weeks, months and years named through the last date mentioned ("that day", "the same day", "the
// following year", "the next morning", "two days later", "on the 5th"), resolved against it in one pass.
import { ANAPHORIC_STEPS, ANAPHORIC_UNITS, PARTS_OF_DAY } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { addDays, isoDay, isoMonth, isoWeek, parseIsoDate, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';
import { AMOUNT, amountValue, wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import { CALENDAR_UNITS, DAY_CONTINUERS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const ANAPHORIC = new RegExp(String.raw`\b(${wordsPattern(Object.keys(ANAPHORIC_STEPS))})\s+(${wordsPattern(ANAPHORIC_UNITS)})\b`, 'gi');
// "four days later", "a year later": counted from the last date mentioned, not from the publication date
const LATER = new RegExp(String.raw`\b(${AMOUNT})\s+(${alternation(CALENDAR_UNITS)})s?\s+later\b`, 'gi');
// "On the 5th, the Soviets offered …": a day of the month last mentioned (not "the 20th Division")
const DAY_OF_MONTH = new RegExp(String.raw`\b[Tt]he\s+([12]?\d|3[01])${ORDINAL_SUFFIX_PATTERN}\b(?=\s*[,.;)]|\s+and\b)`, 'g');
// "the day" is anaphoric only alone: not "the day before the vote", "the day's trading", "the day he left"
const DAY_CONTINUES = new RegExp(String.raw`^(?:['’]s|-|\s+(?:${alternation(DAY_CONTINUERS)}|[A-Z][a-z]+)\b)`);

// searched near their unit word and near "later" only (keyed-search.ts)
const ANAPHORIC_K = keyed(ANAPHORIC, { words: ANAPHORIC_UNITS }, true);
const LATER_K = keyed(LATER, { words: ['later'] }, true);

type Unit = 'day' | 'week' | 'month' | 'year';

/** The latest dates seen so far, by precision: "that day" skips "in March", "that year" takes either. */
class LastDates {
  day: Ymd | null = null;
  month: Ymd | null = null;
  year: Ymd | null = null;

  see(t: FoundTime): void {
    if (!t.value || t.type === 'DURATION' || t.type === 'SET') return;
    const day = parseIsoDate(t.value);
    const month = /^(\d{4})-(\d{2})$/.exec(t.value);
    const year = /^(\d{4})$/.exec(t.value);
    if (day) this.day = this.month = this.year = day;
    else if (month) this.month = this.year = { year: Number(month[1]), month: Number(month[2]), day: 1 };
    else if (year) this.year = { year: Number(year[1]), month: 1, day: 1 };
  }

  at(unit: Unit): Ymd | null {
    return unit === 'day' || unit === 'week' ? this.day : unit === 'month' ? this.month : this.year;
  }
}

/** "four days later" from the last date as fine as its unit; "the 5th" in the last month mentioned. Null when there is none. */
function laterOrDayOf(m: RegExpMatchArray, last: LastDates): FoundTime | null {
  const start = m.index!, end = start + m[0].length;
  if (/later$/i.test(m[0])) {
    const unit = m[2]!.toLowerCase() as Unit, n = amountValue(m[1]!);
    const a = last.at(unit);
    if (!a || n === null) return null;
    const value = unit === 'day' ? isoDay(addDays(a, n)) : unit === 'week' ? isoWeek(addDays(a, 7 * n))
      : unit === 'month' ? isoMonth(a.year + Math.floor((a.month - 1 + n) / 12), ((a.month - 1 + n) % 12) + 1) : String(a.year + n);
    return { text: m[0], start, end, value, type: 'DATE' };
  }
  const a = last.month;
  if (!a) return null;
  // after "28 September", "the 5th" is in the month that follows
  const day = Number(m[1]);
  const next = last.day && last.day.month === a.month && last.day.year === a.year && day < last.day.day;
  const k = a.month - 1 + (next ? 1 : 0);
  return { text: m[0], start, end, value: `${isoMonth(a.year + Math.floor(k / 12), (k % 12) + 1)}-${String(day).padStart(2, '0')}`, type: 'DATE' };
}

/**
 * "that day", "the same month", "the following year": found in `text`, resolved against the dates in
 * `times` (sorted by start) or, before any, the reference date. Each resolved one counts for the next.
 * One pass over both lists in text order.
 */
export function anaphoricTimes(text: string, times: FoundTime[], ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  const last = new LastDates();
  let i = 0;
  const matches = [...keyedMatches(ANAPHORIC_K, text), ...keyedMatches(LATER_K, text), ...text.matchAll(DAY_OF_MONTH)].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    if (/later$/i.test(m[0]) || /^the\s+\d/i.test(m[0])) {
      while (i < times.length && times[i]!.start < m.index) last.see(times[i++]!);
      const found = laterOrDayOf(m, last);
      if (found) { out.push(found); last.see(found); }
      continue;
    }
    const end = m.index + m[0].length;
    const unit = m[2]!.toLowerCase();
    const step = ANAPHORIC_STEPS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    if (m[1]!.toLowerCase() === 'the' && (unit === 'week' || unit === 'month' || unit === 'year' || DAY_CONTINUES.test(text.slice(end, end + 12)))) continue;
    while (i < times.length && times[i]!.start < m.index) last.see(times[i++]!);
    const part = PARTS_OF_DAY[unit];
    const a = last.at(part ? 'day' : unit as Unit) ?? ref;
    let value: string | null = null;
    if (a) {
      if (part) value = `${isoDay(addDays(a, step))}T${part}`;
      else if (unit === 'day') value = isoDay(addDays(a, step));
      else if (unit === 'week') value = isoWeek(addDays(a, 7 * step));
      else if (unit === 'month') { const k = a.month - 1 + step; value = isoMonth(a.year + Math.floor(k / 12), ((k % 12) + 12) % 12 + 1); }
      else value = String(a.year + step);
    }
    const found: FoundTime = { text: m[0], start: m.index, end, value, type: part ? 'TIME' : 'DATE' };
    out.push(found);
    last.see(found);
  }
  return out;
}
