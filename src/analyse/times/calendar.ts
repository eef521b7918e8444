// Pure calendar arithmetic on ISO dates, in UTC day numbers so no local time zone can shift a date.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lang/en/times.js';

export interface Ymd { year: number; month: number; day: number }

const DAY_MS = 86_400_000;

export function dayNumber({ year, month, day }: Ymd): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

export function isValidYmd({ year, month, day }: Ymd): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const isoDay = ({ year, month, day }: Ymd): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOf(ymd: Ymd): number {
  return (dayNumber(ymd) + 4) % 7; // 1970-01-01 was a Thursday
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(ymd) + days);
}

/** ISO 8601 week ("2025-W49"): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(ymd: Ymd): string {
  const n = dayNumber(ymd);
  const isoDow = ((weekdayOf(ymd) + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = fromDayNumber(n + 4 - isoDow);
  const week = Math.floor((dayNumber(thursday) - dayNumber({ year: thursday.year, month: 1, day: 1 })) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/**
 * The latest date with this weekday on or before `anchor`, or when `forward` the first one on or after it: daily
 * copy names the day it is written on by its weekday too ("aid was expected to arrive by Tuesday evening", written on
 * a Tuesday), and says "next Tuesday" for the one a week on.
 */
export function nearestWeekday(anchor: Ymd, weekday: number, forward: boolean): Ymd {
  const diff = weekday - weekdayOf(anchor);
  if (forward) return addDays(anchor, diff >= 0 ? diff : diff + 7);
  return addDays(anchor, diff <= 0 ? diff : diff - 7);
}

export { MONTHS, WEEKDAYS };

/** Weekday index from a full or abbreviated English name ("Thu", "Thurs."), or -1. */
export function weekdayIndex(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '');
  return k.length >= 3 ? WEEKDAYS.findIndex((w) => w.startsWith(k)) : -1;
}

/** Month number 1–12 from a full or abbreviated English name ("Dec.", "Sept"), or 0. */
export function monthIndex(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '');
  if (MONTH_ABBREVIATIONS[k]) return MONTH_ABBREVIATIONS[k]!;
  if (k.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(k.slice(0, 3)) && m.startsWith(k)) + 1;
}
