// Time expressions found by chrono-node, turned into ISO values at the granularity the text gives
// ("March 2024" -> "2024-03", "last week" -> "2025-W48"), with news conventions for missing years.
import { createRequire } from 'node:module';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, dayNumber, isoDay, isoMonth, isoWeek, nearestWeekday, weekdayIndex, type Ymd } from './calendar.js';
import { PARTS_OF_DAY, PERIOD_MODS, RELATIVE_STEPS, WEEKDAYS } from '../../lang/en/times.js';
import type { Tense } from './tense.js';
import { AMOUNT, UNIT } from './patterns.js';
import { COUNTED_TIME_UNITS, DAY_SESSION_NOUNS, HABITUAL_WORDS, REPORTING_PERIOD_LINKS, DURATION_PREPOSITIONS, NO_DATE_PHRASES, PARTS_OF_DAY_ALONE, PLURAL_TIME_UNITS, POINT_IN_DAY_PREPOSITIONS, SMALL_AMOUNTS, SPAN_OPENERS, TIME_PREPOSITIONS, TIME_QUALIFIERS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';
import { mayHoldChronoDate } from './chrono-vocabulary.js';
import { STORY_STOP_WORDS } from '../../lang/en/stop-words.js';

// English alone, by its own entry point: the package's index loads all sixteen locales (see locale-times.ts).
const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface FoundTime {
  text: string;
  start: number;
  end: number;
  value: string | null;
  endValue?: string | null;
  /** TIMEX3 type when the rule knows it; otherwise read from the value (see `typeOfValue`). */
  type?: TimexType;
  /** TIMEX3 quant of a SET ("EVERY", "EACH") and freq ("2X" in "twice a week"). */
  quant?: string;
  freq?: string;
  /** TIMEX3 mod: START ("early 2009"), END, MID. */
  mod?: string;
  /**
   * a part of the day told as a point of the day being told ("by mid-morning"): find-times.ts gives it that day, the day
   * last told of ('told') or, in a clause that looks ahead, the day last named even after the reference date ('ahead')
   */
  ofToldDay?: 'told' | 'ahead';
}

// Durations ("for three weeks", "the past two years") belong to quantities, not to times.
const DURATION = new RegExp(String.raw`^(?:${alternation(DURATION_PREPOSITIONS)})\b|\b(?:${alternation(SPAN_OPENERS)})\s+(?:few|several|\d+|[a-z]+)\s+(?:${alternation(PLURAL_TIME_UNITS)})\b|^(?:in\s+)?(?:the\s+)?(?:${alternation(SMALL_AMOUNTS)}|\d+|few|several)\s+(?:${alternation(COUNTED_TIME_UNITS)})$`, 'i');
// "now" is the present, not a date on the calendar; "in the year" alone names no year; a bare number
// ("closing at 8,579") is no clock time.
const NOT_A_DATE = new RegExp(String.raw`^(?:${alternation(NO_DATE_PHRASES)}|\d{1,2})$`, 'i');
const PART_OF_DAY_ALONE = new RegExp(String.raw`^(?:${alternation(PARTS_OF_DAY_ALONE)})$`, 'i');
// "by mid-morning", "in afternoon trade": a bare part of the day that is a point of the day being told (pointOfDay)
const POINT_IN_DAY_BEFORE = new RegExp(String.raw`\b(?:${alternation(POINT_IN_DAY_PREPOSITIONS)})\s+(?:mid-)?$`, 'i');
const MID_BEFORE = /\bmid-$/i;
// the lower-case word after it, and function words that may follow a point of the day ("By mid-morning the fire …")
const DESCRIBED_NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
const DAY_POINT_CONTINUERS: ReadonlySet<string> = new Set(STORY_STOP_WORDS);
const HABITUAL = new RegExp(String.raw`\b(?:${alternation(HABITUAL_WORDS)})\b`, 'i');
// "in the week to Friday", "the week ended January 12": the week that ends on the day chrono read (its ISO week)
const WEEK_TO = new RegExp(String.raw`^the\s+week\s+(?:${alternation(REPORTING_PERIOD_LINKS)})\s`, 'i');
const DAY_SESSION_AFTER = new RegExp(String.raw`^\s+(?:${alternation(DAY_SESSION_NOUNS)})\b`, 'i');
const QUALIFIER_BEFORE = new RegExp(String.raw`\b(${alternation(TIME_QUALIFIERS)})\s*$`, 'i');
// "two days before the launch" counts from an event, not from the reference date: no value to give.
const EVENT_ANCHORED = /\b(?:before|after)$/i;
const LEADING_PREPOSITION = new RegExp(String.raw`^(?:${alternation(TIME_PREPOSITIONS)})\s+`, 'i');
const RELATIVE_UNIT = new RegExp(String.raw`\b(${RELATIVE_STEPS.join('|')})\s+(week(?:end)?|month|year)\b`, 'i');
const AGO_UNIT = /\b(year|month)s?\s+(?:ago|earlier|later)\b/i;
const WEEKDAY_MODIFIER = new RegExp(String.raw`\b(?:${RELATIVE_STEPS.join('|')})\s+(?:${WEEKDAYS.map((d) => d.slice(0, 3)).join('|')})`, 'i');
const UTC = /\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)/;
// TimeML's parts of the day, for "this morning" or "Monday night" without a clock time.
const PART_OF_DAY: Array<[RegExp, string]> = Object.entries(PARTS_OF_DAY).map(([w, code]) => [new RegExp(`\\b${w}\\b`, 'i'), code]);
// "200 to 300", "8 – 11", "District 8-4A": numbers in a range, not clock times
const NUMBER_RANGE = /^\d{1,4}\s*(?:to|-|–|—)\s*\d{1,4}[A-Za-z]?$/;
// "the night of 8 February 1904": the date's own part of the day
const PART_OF = new RegExp(`^(?:the\\s+)?(${Object.keys(PARTS_OF_DAY).join('|')})\\s+of\\s+`, 'i');

/** "this/last/next week|month|year" counted from the reference date itself (chrono shifts to period starts). */
function relativeUnitValue(modifier: string, unit: string, ref: Ymd): string {
  const step = /last|past|previous/i.test(modifier) ? -1 : /next|coming|following/i.test(modifier) ? 1 : 0;
  if (unit === 'year') return String(ref.year + step);
  if (unit === 'month') {
    const m = ref.month - 1 + step;
    return isoMonth(ref.year + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1);
  }
  return isoWeek(addDays(ref, 7 * step)) + (unit === 'weekend' ? '-WE' : '');
}

/**
 * A month (and day) without a year: back for a past clause (the latest one begun by the reference date),
 * forward for a future one (the next one not yet over), else the nearest. A month alone (`day` null)
 * spans its days: "since October" written on 10 October is this October, and so is "in October" ahead.
 */
export function yearFor(month: number, day: number | null, ref: Ymd, tense: Tense): number {
  const r = dayNumber(ref);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({
    year,
    n: dayNumber({ year, month, day: day ?? 15 }),
    first: dayNumber({ year, month, day: day ?? 1 }),
    last: day === null ? dayNumber({ year, month: month + 1, day: 1 }) - 1 : dayNumber({ year, month, day }),
  }));
  const pool = tense === 'past' ? candidates.filter((c) => c.first <= r) : tense === 'future' ? candidates.filter((c) => c.last >= r) : candidates;
  return pool.reduce((a, b) => (Math.abs(b.n - r) < Math.abs(a.n - r) ? b : a)).year;
}

function componentValue(c: ParsedComponents, text: string, ref: Ymd, tense: Tense): string | null {
  let ymd: Ymd = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
  const rel = RELATIVE_UNIT.exec(text);
  if (rel) return relativeUnitValue(rel[1]!, rel[2]!.toLowerCase(), ref);
  const ago = AGO_UNIT.exec(text);
  if (ago) return ago[1]!.toLowerCase() === 'year' ? String(ymd.year) : isoMonth(ymd.year, ymd.month);
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  if (weekdayOnly && !WEEKDAY_MODIFIER.test(text)) ymd = nearestWeekday(ref, c.get('weekday')!, tense === 'future');
  // "over the weekend": TIMEX3 names the weekend of its ISO week (the last one for a past clause, else the next)
  if (weekdayOnly && /^(?:the\s+)?weekend$/i.test(text)) return `${isoWeek(ymd)}-WE`;
  else if (!c.isCertain('year') && c.isCertain('month')) {
    ymd = { ...ymd, year: yearFor(ymd.month, c.isCertain('day') ? ymd.day : null, ref, tense) };
  }
  if (c.isCertain('hour')) {
    const hh = String(c.get('hour')).padStart(2, '0'), mm = String(c.get('minute') ?? 0).padStart(2, '0');
    return `${isoDay(ymd)}T${hh}:${mm}${UTC.test(text) ? 'Z' : ''}`;
  }
  if (c.isCertain('day') || c.isCertain('weekday')) {
    const part = PART_OF_DAY.find(([re]) => re.test(text));
    return isoDay(ymd) + (part ? `T${part[1]}` : '');
  }
  if (c.isCertain('month')) return isoMonth(ymd.year, ymd.month);
  if (c.isCertain('year')) return String(ymd.year);
  const part = PART_OF_DAY.find(([re]) => re.test(text)); // "this morning": today, by part
  if (!part) return null;
  // "this morning" is today's; "at night", "night attacks" name a part of no particular day
  return /\b(?:this|tonight)\b/i.test(text) ? `${isoDay(ymd)}T${part[1]}` : /^[a-z]+$/i.test(text) ? `XXXX-XX-XXT${part[1]}` : null;
}

/** Trims "on"/"in"/"at" and trailing punctuation so the span covers the time words alone, as TIMEX3 does. */
function trimmed(r: ParsedResult, offset: number): { text: string; start: number; end: number } {
  const m = LEADING_PREPOSITION.exec(r.text);
  const cut = m ? m[0].length : 0;
  const text = r.text.slice(cut).replace(/[\s,;:]+$/, '');
  const start = offset + r.index + cut;
  return { text, start, end: start + text.length };
}

// "on 11 December -- four years behind schedule": an amount of time after a dash ends no range of dates
const AMOUNT_AS_RANGE_END = new RegExp(String.raw`\s*(?:-{1,2}|–|—|\bto|\buntil)\s*${AMOUNT}[-\s]+${UNIT}\b.*$`, 'i');
// "By 28 March, 35,000 troops": digits that go on as a number are no two-digit year
const NUMBER_AS_YEAR = /[,\s]+\d{1,2}$/;

/** chrono's reading of a shorter span when it took in more than the date: a range ended by an amount, a number as year. */
function repaired(r: ParsedResult, text: string, refDate: Date): ParsedResult {
  const after = text.slice(r.index + r.text.length);
  const cut = r.end && AMOUNT_AS_RANGE_END.exec(r.text) ? AMOUNT_AS_RANGE_END.exec(r.text)!.index
    : /^[,.]\d/.test(after) && NUMBER_AS_YEAR.test(r.text) ? NUMBER_AS_YEAR.exec(r.text)!.index : -1;
  if (cut <= 0) return r;
  return chrono.casual.parse(text.slice(0, r.index + cut), refDate).find((p) => p.index === r.index) ?? r;
}

/**
 * Parses one span of text (a sentence) with chrono against the reference date.
 * `tenseAt(start, end)` gives the clause's tense, for weekdays and months without a year.
 */
export function chronoTimes(text: string, offset: number, ref: Ymd, tenseAt: (start: number, end: number) => Tense): FoundTime[] {
  // about half of the sentences hold nothing chrono could read: not handed to it (the same empty result, cheaper)
  if (!mayHoldChronoDate(text)) return [];
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  const out: FoundTime[] = [];
  for (const r of chrono.casual.parse(text, refDate).map((p) => repaired(p, text, refDate))) {
    const { text: t, start, end } = trimmed(r, offset);
    // "after seven hours of talks": the preposition aside, a bare amount of time is a duration too
    if (DURATION.test(r.text) || DURATION.test(t) || NOT_A_DATE.test(t) || !/[a-z]{2}|\d/i.test(t)) continue;
    // "₦150,000 a month" gives chrono "000 a" (00:00 am): a match starting inside a number is a fragment
    if (/\d[,.]?$/.test(text.slice(0, r.index))) continue;
    // "$1.05 a share", "8.05 percent": a figure with a decimal point is a clock time only with its a.m./p.m. or zone
    // written ("8.05pm", "8.05 GMT"); chrono takes the article "a" for a.m.
    if (/^\d{1,2}\.\d{2}(?:\s+a)?$/.test(t)) continue;
    // "gained 9p to 455p": a price in pence, not 9 p.m. (copy writes "9pm" or "9 p.m.")
    if (/^\d{1,3}p\b/.test(t)) continue;
    // "up $4-3/8 at $44-1/4", "a 7 1/2 percent stake": a fraction after a whole number, not a day and month
    if (/^\d{1,2}\/\d{1,2}$/.test(t) && /\d[- ]$/.test(text.slice(0, r.index))) continue;
    if (/^\d{1,3}\s+\d\/\d{1,2}$/.test(t)) continue; // "11 1/2 percent": chrono took the whole number in as an hour
    if (NUMBER_RANGE.test(t)) continue;
    if (/^(?:march|may)$/.test(t)) continue; // lowercase and alone: the noun "march", the verb "may"
    // "Good morning", "late night talk shows": a greeting or a kind of programme, no time
    if (PART_OF_DAY_ALONE.test(t) && /\b(?:good|late)\s+$/i.test(text.slice(Math.max(0, r.index - 6), r.index))) continue;
    if (EVENT_ANCHORED.test(t)) { out.push({ text: t, start, end, value: null }); continue; }
    const tense = tenseAt(start, end);
    // "from March to August 2011": the year written at the end of a range is the start's year too
    if (r.end?.isCertain('year') && !r.start.isCertain('year') && r.start.isCertain('month')) {
      const endYear = r.end.get('year')!;
      (r.start as unknown as { assign(c: 'year', v: number): void }).assign('year', r.start.get('month')! > r.end.get('month')! ? endYear - 1 : endYear);
    }
    const found: FoundTime = { text: t, start, end, value: componentValue(r.start, t, ref, tense) };
    // "the end of March 1917": TIMEX3 gives the month with mod END, not its last day (chrono's reading)
    if (/^end\s+of\s/i.test(t) && /^\d{4}-\d{2}-\d{2}$/.test(found.value ?? '')) { found.value = found.value!.slice(0, 7); found.mod = 'END'; }
    if (r.end) found.endValue = componentValue(r.end, t, ref, tense);
    const partOf = PART_OF.exec(t);
    if (partOf && !found.value) {
      const day = chronoTimes(t.slice(partOf[0].length), start + partOf[0].length, ref, tenseAt)[0]?.value;
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) found.value = `${day}T${PARTS_OF_DAY[partOf[1]!.toLowerCase()]}`;
    }
    // "earlier this month", "late last year": the qualifier belongs to the expression (TIMEX3 mod for early/late)
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, start - offset));
    if (qualifier && (/^this\s/i.test(t) || (/^(?:early|late|mid)/i.test(qualifier[1]!) && /^(?:last|next|this)\s/i.test(t)))) {
      found.start -= qualifier[0].length; found.text = text.slice(found.start - offset, end - offset);
      const mod = PERIOD_MODS[qualifier[1]!.toLowerCase()];
      if (mod) found.mod = mod;
    }
    if (WEEK_TO.test(t)) {
      const end = weekEndDay(t, r, found, ref, tense);
      if (end) { found.value = isoWeek(end); delete found.endValue; }
    }
    const point = pointOfDay(found, text, offset, r.index, tense);
    if (point) Object.assign(found, point);
    // "at midnight" closes the day it belongs to: TIMEX3 writes T24:00 of that day (chrono moves to the next)
    if (/^midnight$/i.test(t) && found.value && /T00:00$/.test(found.value) && tense !== 'future') {
      found.value = `${isoDay(addDays({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! }, -1))}T24:00`;
    }
    out.push(found);
  }
  return sharedYear(joinMonthAndYear(out, text, offset), text, offset);
}

/**
 * The day "the week to Friday" / "the week ended January 12" ends on: a weekday named last is the latest one (the next
 * in a clause that looks ahead), as a bare weekday is; a date is the day chrono read (the end of the range it makes of
 * the phrase, or its start when it made none).
 */
function weekEndDay(t: string, r: ParsedResult, found: FoundTime, ref: Ymd, tense: Tense): Ymd | null {
  const weekday = weekdayIndex(/(\p{L}+)\.?$/u.exec(t)?.[1] ?? '');
  if (weekday >= 0) return nearestWeekday(ref, weekday, tense === 'future');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec((r.end?.isCertain('day') ? found.endValue : found.value) ?? '');
  return day ? { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } : null;
}

/**
 * A bare morning, afternoon or evening of no particular day (XXXX-XX-XXTMO) that is a point of the day being told:
 * after "by", "at", "until" … ("By mid-morning the fire was under control", "down 41 points at mid-morning") or
 * before a trading noun ("in morning trading", "in afternoon trade"). "mid-" belongs to the expression; the day is the
 * last one the article told of (find-times.ts onToldDay), as TIMEX3 anchors it. Night stays unanchored: "at night" is
 * mostly habitual.
 */
function pointOfDay(found: FoundTime, text: string, offset: number, at: number, tense: Tense): Pick<FoundTime, 'start' | 'text' | 'ofToldDay'> | null {
  if (!/^XXXX-XX-XXT(?:MO|AF|EV)$/.test(found.value ?? '')) return null;
  const before = text.slice(Math.max(0, found.start - offset - 24), found.start - offset);
  const after = text.slice(found.end - offset, found.end - offset + 16);
  // "at morning prayers", "after evening mass": a part of the day before a noun describes the noun
  const next = DESCRIBED_NOUN_AFTER.exec(after)?.[1];
  const point = POINT_IN_DAY_BEFORE.test(before) && (!next || DAY_POINT_CONTINUERS.has(next));
  if (!point && !DAY_SESSION_AFTER.test(after)) return null;
  // "at morning prayers every day", "an evening session every Thursday": a part of every day is no point of one
  if (HABITUAL.test(text.slice(0, at)) || HABITUAL.test(text.slice(found.end - offset))) return null;
  const start = MID_BEFORE.test(before) ? found.start - 4 : found.start;
  return { start, text: text.slice(start - offset, found.end - offset), ofToldDay: tense === 'future' ? 'ahead' : 'told' };
}

/** "in August and September 1914", "between March and April 1918": the year written after the second month holds for the first. */
function sharedYear(found: FoundTime[], text: string, offset: number): FoundTime[] {
  return found.map((a, i) => {
    const b = found[i + 1];
    const month = /^\d{4}-(\d{2})$/.exec(a.value ?? '');
    const next = /^(\d{4})-(\d{2})/.exec(b?.value ?? '');
    if (!b || !month || !next || /\d{4}/.test(a.text) || !/\b\d{4}\b/.test(b.text)) return a;
    if (!/^\s*(?:and|or|&|,)\s*$/.test(text.slice(a.end - offset, b.start - offset))) return a;
    const year = Number(next[1]) - (Number(month[1]) > Number(next[2]) ? 1 : 0);
    return { ...a, value: `${year}-${month[1]}` };
  });
}

/** "May next year", "January last year": chrono reads the month and the relative year apart; one date. */
function joinMonthAndYear(found: FoundTime[], text: string, offset: number): FoundTime[] {
  const out: FoundTime[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!, b = found[i + 1];
    const month = /^\d{4}-(\d{2})$/.exec(a.value ?? '');
    if (b && month && /^(?:next|last|this)\s+year$/i.test(b.text) && /^\d{4}$/.test(b.value ?? '')
      && /^\s*(?:of\s+)?$/.test(text.slice(a.end - offset, b.start - offset))) {
      out.push({ text: text.slice(a.start - offset, b.end - offset), start: a.start, end: b.end, value: `${b.value}-${month[1]}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
