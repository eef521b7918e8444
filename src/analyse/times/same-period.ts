// Periods named through the date last mentioned: "sales rose in February compared to the same period last
// year" (the February before), "the year-earlier quarter" (that quarter a year back), and runs of periods
// ending at that date: "trading was suspended for a second consecutive day" (that day, as TimeML dates it).
import { RUN_ORDINALS, RUN_WORDS, SAME_PERIOD_UNITS, YEAR_BACK } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { isoDay, isoMonth, isoWeek, parseIsoDate, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';
import { wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import { RUN_UNITS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const SAME_PERIOD = new RegExp(String.raw`\b(?:the\s+)?same\s+(${wordsPattern(SAME_PERIOD_UNITS)})\s+(?:(?:of|in)\s+)?(?:(${wordsPattern(YEAR_BACK)})|((?:19|20)\d{2}))\b|\bthe\s+year[-\s](?:earlier|ago)\s+(${wordsPattern(SAME_PERIOD_UNITS)})\b`, 'gi');
const RUN = new RegExp(String.raw`\b(?:an?|the)\s+(?:${wordsPattern(RUN_ORDINALS)}|\d{1,2}${ORDINAL_SUFFIX_PATTERN})\s+${wordsPattern(RUN_WORDS)}\s+(${alternation(RUN_UNITS)})\b`, 'gi');

// searched near "same" / "year-earlier" and near the unit of a run only (keyed-search.ts)
const SAME_PERIOD_K = keyed(SAME_PERIOD, { words: ['same', 'earlier', 'ago'] }, true);
const RUN_K = keyed(RUN, { words: ['day', 'week', 'month', 'quarter', 'year', 'session', 'trading'] }, true);

/** A calendar value (day, month, week, quarter, half, season, year) moved to another year. */
const inYear = (value: string, year: number) => value.replace(/^\d{4}/, String(year).padStart(4, '0'));

/** The value at the granularity a unit names: a month of a day, the quarter of a month, the ISO week of a day. */
function atUnit(value: string, unit: string): string {
  const day = parseIsoDate(value);
  const month = /^(\d{4})-(\d{2})(?:-|$)/.exec(value);
  if (unit === 'month' && month) return isoMonth(Number(month[1]), Number(month[2]));
  if (unit === 'quarter' && month) return `${month[1]}-Q${Math.floor((Number(month[2]) - 1) / 3) + 1}`;
  if (unit === 'week' && day) return isoWeek(day);
  if (unit === 'year') return value.slice(0, 4);
  return value;
}

/** The reference date at a unit: "the same period" without an earlier date is the reference month. */
function refAt(ref: Ymd, unit: string): string {
  if (unit === 'day' || unit === 'session' || /trading/.test(unit)) return isoDay(ref);
  if (unit === 'week') return isoWeek(ref);
  if (unit === 'quarter') return `${ref.year}-Q${Math.floor((ref.month - 1) / 3) + 1}`;
  if (unit === 'year') return String(ref.year);
  return isoMonth(ref.year, ref.month);
}

const CALENDAR = /^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|W\d{2}|[A-Z]{2}))?/;

/** `times` sorted by start; each found expression counts as the last date for those after it. */
export function samePeriodTimes(text: string, times: FoundTime[], ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  const matches = [...keyedMatches(SAME_PERIOD_K, text), ...keyedMatches(RUN_K, text)].sort((a, b) => a.index - b.index);
  let i = 0;
  let last: string | null = null;
  for (const m of matches) {
    while (i < times.length && times[i]!.start < m.index) {
      const t = times[i++]!;
      if (out.length && t.start < out.at(-1)!.end) continue; // "a year earlier" inside "the same period a year earlier"
      if (t.type !== 'DURATION' && t.type !== 'SET' && CALENDAR.test(t.value ?? '')) last = t.value!;
    }
    const start = m.index, end = start + m[0].length;
    if (out.length && start < out.at(-1)!.end) continue;
    let value: string | null = null;
    const compared = /same|year[-\s](?:earlier|ago)/i.test(m[0]);
    if (compared) {
      const unit = (m[1] ?? m[4]!).toLowerCase();
      const base = last ? atUnit(last, unit) : ref ? refAt(ref, unit) : null;
      const baseYear = base ? Number(base.slice(0, 4)) : null;
      value = base && baseYear !== null ? inYear(base, m[3] ? Number(m[3]) : baseYear - 1) : null;
    } else {
      const unit = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:session|trading day)$/, 'day');
      // a run of days ends on the last day mentioned; after a coarser date, on the reference day
      value = last && (unit !== 'day' || parseIsoDate(last)) ? atUnit(last, unit) : ref ? refAt(ref, unit) : null;
    }
    const found: FoundTime = { text: m[0], start, end, value, type: 'DATE' };
    out.push(found);
    if (value && !compared) last = value; // a period compared with is not where the story stands
  }
  return out;
}
