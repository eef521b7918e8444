// Weekday + day-and-month pairs ("Thursday (12/4)", "Thursday, December 4", "Thursday 4 December").
// The weekday pins down the year (a given day and month falls on a given weekday about once in 6 years)
// and, for slashed dates, which of month/day or day/month the writer meant.
import { MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { dayNumber, isValidYmd, monthIndex, weekdayIndex, weekdayOf, type Ymd } from './calendar.js';

export interface WeekdayDate {
  start: number;
  end: number;
  weekday: number;
  /** Candidate (month, day) readings: two for an ambiguous slashed date such as "(12/4)". */
  readings: Array<{ month: number; day: number; order: 'md' | 'dm' | 'named' }>;
  /** The year when the text states it. */
  year: number | null;
}

const WD = String.raw`\b(${WEEKDAY_NAME_PATTERN})\.?`;
const MONTH = String.raw`(${MONTH_NAME_PATTERN})\.?`;
const DAY = String.raw`(\d{1,2})${ORDINAL_SUFFIX_PATTERN}?`;
const YEAR = String.raw`(?:,?\s+(\d{4})\b)?`;

const PATTERNS: Array<{ re: RegExp; kind: 'slash' | 'month-day' | 'day-month' }> = [
  { re: new RegExp(String.raw`${WD},?\s*\(\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\s*\)`, 'g'), kind: 'slash' },
  { re: new RegExp(String.raw`${WD},?\s+(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b`, 'g'), kind: 'slash' },
  { re: new RegExp(String.raw`${WD},?\s+${MONTH}\s+${DAY}\b${YEAR}`, 'g'), kind: 'month-day' },
  { re: new RegExp(String.raw`${WD},?\s+(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH}${YEAR}`, 'g'), kind: 'day-month' },
];

function fullYear(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

export function findWeekdayDates(text: string): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const weekday = weekdayIndex(m[1]!);
      let readings: WeekdayDate['readings'];
      if (kind === 'slash') {
        const a = Number(m[2]), b = Number(m[3]);
        readings = [{ month: a, day: b, order: 'md' as const }, { month: b, day: a, order: 'dm' as const }]
          .filter((r) => r.month >= 1 && r.month <= 12 && r.day >= 1 && r.day <= 31);
        if (a === b) readings = readings.slice(0, 1);
      } else if (kind === 'month-day') {
        readings = [{ month: monthIndex(m[2]!), day: Number(m[3]), order: 'named' }];
      } else {
        readings = [{ month: monthIndex(m[3]!), day: Number(m[2]), order: 'named' }];
      }
      if (weekday < 0 || readings.length === 0 || readings.some((r) => r.month === 0)) continue;
      out.push({ start, end, weekday, readings, year: fullYear(m[4]) });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The year in which month/day falls on the weekday. mode 'latest' takes the most recent such date on or
 * before the anchor (today); 'nearest' takes the one closest to the anchor (the reference date), preferring
 * earlier on ties. Looks at most 30 years away; null when none matches.
 */
export function yearForWeekday(month: number, day: number, weekday: number, anchor: Ymd, mode: 'latest' | 'nearest'): Ymd | null {
  const a = dayNumber(anchor);
  let best: Ymd | null = null;
  for (let dy = 0; dy <= 30; dy++) {
    for (const year of mode === 'latest' ? [anchor.year - dy] : [anchor.year - dy, anchor.year + dy]) {
      const ymd = { year, month, day };
      if (!isValidYmd(ymd) || weekdayOf(ymd) !== weekday) continue;
      const n = dayNumber(ymd);
      if (mode === 'latest' && n > a) continue;
      if (!best || Math.abs(n - a) < Math.abs(dayNumber(best) - a)) best = ymd;
    }
    if (best && (mode === 'latest' || Math.abs(dayNumber(best) - a) < 366 * dy)) break;
  }
  return best;
}

export interface ResolvedWeekdayDate extends WeekdayDate {
  date: Ymd | null;
  /** True when the year came from the weekday rather than from the text. */
  yearInferred: boolean;
}

/**
 * Resolves every pair at once: picks the slashed-date order (month/day or day/month) that lets the most
 * pairs match their weekday within the tightest span of days, since one article keeps one convention.
 */
export function resolveWeekdayDates(pairs: WeekdayDate[], anchor: Ymd, mode: 'latest' | 'nearest'): ResolvedWeekdayDate[] {
  const resolveWith = (order: 'md' | 'dm'): ResolvedWeekdayDate[] => pairs.map((p) => {
    const r = p.readings.find((x) => x.order === order || x.order === 'named') ?? p.readings[0]!;
    if (p.year !== null) {
      const ymd = { year: p.year, month: r.month, day: r.day };
      return { ...p, date: isValidYmd(ymd) ? ymd : null, yearInferred: false };
    }
    return { ...p, date: yearForWeekday(r.month, r.day, p.weekday, anchor, mode), yearInferred: true };
  });
  const score = (rs: ResolvedWeekdayDate[]) => {
    const days = rs.filter((r) => r.date && weekdayOf(r.date) === r.weekday).map((r) => dayNumber(r.date!));
    const spread = days.length ? Math.max(...days) - Math.min(...days) : Infinity;
    // distance of the pairs to the anchor: "Monday (6/8)" in a story dated 9 June 2026 is 8 June 2026,
    // not 6 August 2029 (also a Monday)
    const distance = days.length ? Math.min(...days.map((d) => Math.abs(d - dayNumber(anchor)))) : Infinity;
    return { matched: days.length, spread, distance, latest: days.length ? Math.max(...days) : -Infinity };
  };
  const md = resolveWith('md');
  const dm = resolveWith('dm');
  const a = score(md), b = score(dm);
  if (b.matched !== a.matched) return b.matched > a.matched ? dm : md;
  if (b.spread !== a.spread) return b.spread < a.spread ? dm : md;
  if (b.distance !== a.distance) return b.distance < a.distance ? dm : md;
  return b.latest > a.latest ? dm : md;
}
