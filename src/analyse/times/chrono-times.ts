// Time expressions found by chrono-node, turned into ISO values at the granularity the text gives
// ("March 2024" -> "2024-03", "last week" -> "2025-W48"), with news conventions for missing years.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { isoDay, isoMonth, isoWeek, nearestWeekday, type Ymd } from './calendar.js';

export interface FoundTime {
  text: string;
  start: number;
  end: number;
  value: string | null;
  endValue?: string | null;
}

// Durations ("for three weeks", "the past two years") belong to quantities, not to times.
const DURATION = /^(?:for|over|during|within|throughout)\b|\b(?:past|last|next|coming|previous|first|recent)\s+(?:few|several|\d+|[a-z]+)\s+(?:days|weeks|months|years|decades|hours|minutes)\b|^(?:in\s+)?(?:the\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)$/i;
// "now" is the present, not a date on the calendar; "in the year" alone names no year.
const NOT_A_DATE = /^(?:now|right now|in the year|the year)$/i;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|before|after|during|of)\s+/i;
const UNIT = /\b(?:this|last|next|past|coming|previous|following|the same)\s+(week(?:end)?|month|year)\b|\b(week|month|year)s?\s+(?:ago|earlier|later|before)\b/i;
const WEEKDAY_MODIFIER = /\b(?:last|next|this|past|coming|previous|following)\s+(?:mon|tue|wed|thu|fri|sat|sun)/i;

function ymdOf(c: ParsedComponents): Ymd {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

/** A month/day without a year: the most recent one on or before the reference, or the next one when future. */
function yearFor(month: number, day: number, ref: Ymd, future: boolean): number {
  const before = month < ref.month || (month === ref.month && day <= ref.day);
  if (future) return before && !(month === ref.month && day === ref.day) ? ref.year + 1 : ref.year;
  return before ? ref.year : ref.year - 1;
}

function componentValue(c: ParsedComponents, text: string, ref: Ymd, future: boolean): string | null {
  let ymd = ymdOf(c);
  const unit = UNIT.exec(text);
  if (unit) {
    const u = (unit[1] ?? unit[2])!.toLowerCase();
    if (u === 'year') return String(ymd.year);
    if (u === 'month') return isoMonth(ymd.year, ymd.month);
    return isoWeek(ymd) + (u === 'weekend' ? '-WE' : '');
  }
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  if (weekdayOnly && !WEEKDAY_MODIFIER.test(text)) ymd = nearestWeekday(ref, c.get('weekday')!, future);
  else if (!c.isCertain('year') && c.isCertain('month')) {
    ymd = { ...ymd, year: yearFor(ymd.month, c.isCertain('day') ? ymd.day : 1, ref, future) };
  }
  const hasDay = c.isCertain('day') || c.isCertain('weekday') || weekdayOnly;
  if (c.isCertain('hour')) {
    const hh = String(c.get('hour')).padStart(2, '0'), mm = String(c.get('minute') ?? 0).padStart(2, '0');
    return `${isoDay(ymd)}T${hh}:${mm}`;
  }
  if (hasDay) return isoDay(ymd);
  if (c.isCertain('month')) return isoMonth(ymd.year, ymd.month);
  if (c.isCertain('year')) return String(ymd.year);
  return null;
}

/** Trims "on"/"in"/"at" and trailing punctuation so the span covers the time words alone, as TIMEX3 does. */
function trimmed(r: ParsedResult, offset: number): { text: string; start: number; end: number } {
  const m = LEADING_PREPOSITION.exec(r.text);
  const cut = m ? m[0].length : 0;
  const text = r.text.slice(cut).replace(/[\s,;:]+$/, '');
  const start = offset + r.index + cut;
  return { text, start, end: start + text.length };
}

/**
 * Parses one span of text (a sentence) with chrono against the reference date.
 * `isFuture(start, end)` tells whether the clause looks ahead, for weekdays and months without a year.
 */
export function chronoTimes(text: string, offset: number, ref: Ymd, isFuture: (start: number, end: number) => boolean): FoundTime[] {
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  const out: FoundTime[] = [];
  for (const r of chrono.casual.parse(text, refDate)) {
    const { text: t, start, end } = trimmed(r, offset);
    if (DURATION.test(r.text) || NOT_A_DATE.test(t) || !/[a-z]{2}|\d/i.test(t)) continue;
    const future = isFuture(start, end);
    const value = componentValue(r.start, t, ref, future);
    const found: FoundTime = { text: t, start, end, value };
    if (r.end) found.endValue = componentValue(r.end, t, ref, future);
    out.push(found);
  }
  return out;
}
