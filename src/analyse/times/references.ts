// Times with no place on the calendar (TimeML PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
// "recently", "in recent years", "the near future"; and days, weeks, months and years named through the
// last date mentioned ("that day", "the same day", "the following year"), resolved against it.
import { ANAPHORIC_STEPS, ANAPHORIC_UNITS, PARTS_OF_DAY, REFERENCE_WORDS } from '../../lang/en/times.js';
import { addDays, isoDay, isoMonth, isoWeek, parseIsoDate, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';
import { wordsPattern } from './patterns.js';

const REFERENCE = new RegExp(String.raw`\b(${wordsPattern(REFERENCE_WORDS.map(([w]) => w))})\b(?![-'’])`, 'gi');
const REFERENCE_VALUE = new Map(REFERENCE_WORDS.map(([w, v]) => [w, v]));
// "just now", "now-defunct" and "by now" are read too; "now that …" and "until now" still name the present
const ANAPHORIC = new RegExp(String.raw`\b(${wordsPattern(Object.keys(ANAPHORIC_STEPS))})\s+(${wordsPattern(ANAPHORIC_UNITS)})\b`, 'gi');
// "the day" is anaphoric only alone: not "the day before the vote", "the day's trading", "the day he left"
const DAY_CONTINUES = /^(?:['’]s|-|\s+(?:of|when|that|before|after|to|he|she|they|it|we|i|you|[A-Z][a-z]+)\b)/;

export function referenceTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    if (/\b(?:most|more|less|least)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue; // "the most recent model"
    // "shortly after she filed", "soon before midnight": a time next to another, not the future
    if (/^\s+(?:after|before|afterwards|thereafter)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    const value = REFERENCE_VALUE.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, value, type: 'DATE' });
  }
  return out;
}

const RANK = { day: 0, week: 1, month: 2, year: 3 } as const;
type Unit = keyof typeof RANK;

/** The last concrete date before `at` at least as fine as `unit` ("that day" skips "in March"), as a day. */
function lastDateBefore(times: FoundTime[], at: number, unit: Unit): Ymd | null {
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    if (t.start >= at || !t.value || t.type === 'DURATION' || t.type === 'SET') continue;
    const v = t.value;
    const day = parseIsoDate(v);
    if (day) return day;
    const month = /^(\d{4})-(\d{2})$/.exec(v);
    if (month && RANK[unit] >= RANK.month) return { year: Number(month[1]), month: Number(month[2]), day: 1 };
    const year = /^(\d{4})$/.exec(v);
    if (year && unit === 'year') return { year: Number(year[1]), month: 1, day: 1 };
  }
  return null;
}

/**
 * "that day", "the same month", "the following year": found in `text`, resolved against the dates in
 * `times` (sorted by start) or, before any, the reference date. Each resolved one counts for the next.
 */
export function anaphoricTimes(text: string, times: FoundTime[], ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  const known = [...times];
  for (const m of text.matchAll(ANAPHORIC)) {
    const end = m.index + m[0].length;
    const unit = m[2]!.toLowerCase();
    const step = ANAPHORIC_STEPS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    if (m[1]!.toLowerCase() === 'the' && (unit === 'week' || unit === 'month' || unit === 'year' || DAY_CONTINUES.test(text.slice(end, end + 12)))) continue;
    const part = PARTS_OF_DAY[unit];
    const a = lastDateBefore(known, m.index, part ? 'day' : unit as Unit) ?? ref;
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
    known.push(found);
    known.sort((x, y) => x.start - y.start);
  }
  return out;
}
