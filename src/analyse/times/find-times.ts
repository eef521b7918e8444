// Collects the time expressions of a document, in order of trust: weekday+date pairs (our rule, since chrono
// splits "Thursday (12/4)" in two), durations and sets, named parts of years (seasons, quarters, halves,
// fiscal years), chrono-node, year/decade rules, then PRESENT_REF/PAST_REF/FUTURE_REF words; last, days and
// years named through the last date mentioned ("that day", "the following year").
import type { TimeExpression } from '../../model/analysis.js';
import type { ArticleDoc } from '../document.js';
import { addDays, isoDay, parseIsoDate, type Ymd } from './calendar.js';
import { chronoTimes, type FoundTime, type TimexType } from './chrono-times.js';
import { dateRangeTimes } from './date-ranges.js';
import { durationTimes, joinDurationParts, raceTimes } from './durations.js';
import { overnightAfterItsDay, overnightTimes } from './overnight.js';
import { dayPointTimes } from './day-points.js';
import { reportingPeriodTimes } from './reporting-periods.js';
import { MAX_ITEMS } from '../limits.js';
import { isNarrative, resolveNarrative } from './narrative.js';
import { periodTimes } from './periods.js';
import { anaphoricTimes } from './anaphora.js';
import { samePeriodTimes } from './same-period.js';
import { referenceTimes } from './references.js';
import { tenseAt } from './tense.js';
import { findWeekdayDates, resolveWeekdayDates } from './weekday-dates.js';
import { yearRuleTimes } from './year-rules.js';
import { localeParser, localeTimes } from './locale-times.js';
import { TIME_OF_DAY_CODES } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

/** Weekday+date pairs resolved near the reference (or, without one, to the latest year up to today). */
export function weekdayDateTimes(text: string, ref: Ymd | null, today: Ymd): FoundTime[] {
  const pairs = resolveWeekdayDates(findWeekdayDates(text), ref ?? today, ref ? 'nearest' : 'latest');
  return pairs.map((p) => ({ text: text.slice(p.start, p.end), start: p.start, end: p.end, value: p.date ? isoDay(p.date) : null }));
}

/** Longest span given to chrono at once: its refiners grow faster than linearly with a span's matches. */
const MAX_CHRONO_SPAN = 1000;

/** Sentences, with any longer than MAX_CHRONO_SPAN cut at a space (only run-on text has such sentences). */
function spansOf(doc: ArticleDoc): Array<{ start: number; end: number }> {
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    let from = s.start;
    while (s.end - from > MAX_CHRONO_SPAN) {
      const space = doc.text.lastIndexOf(' ', from + MAX_CHRONO_SPAN);
      const cut = space > from + MAX_CHRONO_SPAN / 2 ? space : from + MAX_CHRONO_SPAN;
      out.push({ start: from, end: cut });
      from = cut;
    }
    out.push({ start: from, end: s.end });
  }
  return out;
}

/** chrono over every sentence. Without a reference date, values that depend on it become null. */
export function chronoDocTimes(doc: ArticleDoc, ref: Ymd | null, today: Ymd, spanFilter?: RegExp): FoundTime[] {
  const tense = (s: number, e: number) => tenseAt(doc, s, e);
  const spans = spanFilter ? spansOf(doc).filter((s) => spanFilter.test(doc.text.slice(s.start, s.end))) : spansOf(doc);
  // No more than the times layer may keep (src/analyse/limits.ts): a page of dates stops being parsed there.
  const cap = MAX_ITEMS.times ?? Infinity;
  const withTimes: Array<{ start: number; end: number }> = [];
  const run = (anchor: Ymd, over: Array<{ start: number; end: number }>) => {
    const out: FoundTime[] = [];
    for (const s of over) {
      if (out.length >= cap) break;
      const times = chronoTimes(doc.text.slice(s.start, s.end), s.start, anchor, tense);
      if (times.length) withTimes.push(s);
      out.push(...times);
    }
    return out;
  };
  const found = run(ref ?? today, spans);
  if (ref) return found;
  // Parse again against a far-away anchor: whatever changes was relative ("yesterday", "in March"). Only the spans
  // that gave a time are read again (only the spans of `found` are looked up, and most sentences give none); a first
  // run stopped at the cap is repeated in full, as where the second one stops depends on every span's count.
  const again = found.length >= cap ? spans : withTimes.slice();
  const other = new Map(run(addDays(today, -1000), again).map((t) => [`${t.start}:${t.end}`, t]));
  return found.map((t) => {
    const o = other.get(`${t.start}:${t.end}`);
    const keep = (v: string | null | undefined, w: string | null | undefined) => (o && v === w ? v ?? null : null);
    return { ...t, value: keep(t.value, o?.value), ...(t.endValue !== undefined ? { endValue: keep(t.endValue, o?.endValue) } : {}) };
  });
}

// "At 5:34 AM Baghdad time on March 20, 2003": the clock time takes the day written after it
const TIME_THEN_DAY = /^,?\s+(?:(?:local|[A-Z][a-z]+)\s+time\s+)?(?:on\s+)?(?:the\s+)?$/;
const CLOCK_ONLY = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}.*)$/;

/** A part of the day waiting for its told day (day-points.ts: "at dawn on Tuesday"): the time of day it names. */
const PART_ONLY = /^XXXX-XX-XX(T[A-Z]{2})$/;

function clockTimesOnTheirDay(text: string, kept: FoundTime[]): FoundTime[] {
  return kept.map((t, i) => {
    const next = kept[i + 1];
    const day = next && /^\d{4}-\d{2}-\d{2}$/.test(next.value ?? '') && next.start - t.end <= 40 && TIME_THEN_DAY.test(text.slice(t.end, next.start)) ? next.value : null;
    if (!day) return t;
    // "at dawn on Tuesday", "before dawn tomorrow": the part of the day takes the day written after it
    const part = t.ofToldDay ? PART_ONLY.exec(t.value ?? '') : null;
    if (part) {
      const { ofToldDay: _told, ...rest } = t;
      return { ...rest, value: `${day}${part[1]}` };
    }
    const clock = CLOCK_ONLY.exec(t.value ?? '');
    if (!clock || /\d{4}|\b(?:yesterday|today|tomorrow)\b/i.test(t.text)) return t;
    return { ...t, value: `${day}${clock[2]}` };
  });
}

/** How far back a day may lie and still be the day a part of the day is told of: a background date is no such day. */
const TOLD_DAY_WINDOW = 7;

/**
 * A part of the day told as a point of the day being told ("by mid-morning", "in morning trading": chrono-times.ts
 * pointOfDay) takes the last day the article named before it, if within a week before the reference date, or else the
 * reference date: market and disaster copy tells of one day, often the day before the dateline ("Ford's stock rose to a
 * five-year high in morning trading" of Tuesday's sales, filed on Wednesday), and a founding date or a birthday is no
 * such day. In a clause that looks ahead the last day named counts even after the reference date ("The vote is on
 * May 21 … results will come by evening"). A morning told after an evening or a night moves on to the next day
 * ("sailed on Monday evening … By mid-morning").
 */
function onToldDay(sorted: FoundTime[], ref: Ymd | null): FoundTime[] {
  let last: { day: string; late: boolean } | null = null;
  const refDay = ref ? isoDay(ref) : null, earliest = ref ? isoDay(addDays(ref, -TOLD_DAY_WINDOW)) : null;
  return sorted.map((t) => {
    if (t.ofToldDay) {
      const { ofToldDay: reading, ...rest } = t;
      const fits = last && (!refDay || (reading === 'ahead' ? last.day >= refDay : last.day <= refDay && last.day >= earliest!));
      let day = fits ? last!.day : refDay;
      if (day && fits && last!.late && /TMO$/.test(t.value ?? '')) day = isoDay(addDays(parseIsoDate(day)!, 1));
      return day ? { ...rest, value: t.value!.replace(/^XXXX-XX-XX/, day) } : rest;
    }
    const value = t.type === 'DURATION' || t.type === 'SET' ? null : t.value;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];
    if (day) last = { day, late: /T(?:EV|NI|(?:1[89]|2\d):\d\d)/.test(value!) };
    return t;
  });
}

const CLOCK_OR_PART_OF_DAY = new RegExp(String.raw`T(?:\d|${alternation(TIME_OF_DAY_CODES)})`);

/** The TIMEX3 type a value implies: P… a duration, a clock time or part of day a time, else a date. */
export function typeOfValue(value: string | null): TimexType {
  if (value && /^P/.test(value)) return 'DURATION';
  if (value && CLOCK_OR_PART_OF_DAY.test(value)) return 'TIME';
  return 'DATE';
}

/** Index of the first span in `sorted` (by start, not overlapping each other) that ends after `pos`. */
function firstEndingAfter(sorted: FoundTime[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** True when `t` overlaps a span of `sorted` (sorted by start and mutually disjoint). */
function overlapsSorted(sorted: FoundTime[], t: FoundTime): boolean {
  const i = firstEndingAfter(sorted, t.start);
  return i < sorted.length && sorted[i]!.start < t.end;
}

export function findTimes(doc: ArticleDoc, ref: Ymd | null, today: Ymd): TimeExpression[] {
  // Blocks, not sentences: a sentence splitter without the language's abbreviations cuts "am 3. März" apart.
  const locale = doc.lang ? null : localeParser(doc.article.language);
  if (locale) {
    return localeTimes(doc.text, doc.article.blocks, locale, ref).map((t) => ({ text: t.text, value: t.value, start: t.start, end: t.end, type: typeOfValue(t.value) }));
  }
  const byLength = (a: FoundTime, b: FoundTime) => (b.end - b.start) - (a.end - a.start);
  const tense = (s: number, e: number) => tenseAt(doc, s, e);
  const ranked = [
    ...weekdayDateTimes(doc.text, ref, today),
    ...dateRangeTimes(doc.text, ref, tense),
    ...reportingPeriodTimes(doc.text, ref, tense),
    ...raceTimes(doc.text),
    ...overnightTimes(doc.text, ref, tense),
    ...dayPointTimes(doc.text, tense),
    ...durationTimes(doc.text).sort(byLength),
    ...periodTimes(doc.text, ref, tense).sort(byLength),
    ...chronoDocTimes(doc, ref, today),
    ...yearRuleTimes(doc.text, ref).sort(byLength),
    ...referenceTimes(doc.text).sort(byLength),
  ];
  // Earlier sources win overlaps. Taken spans are kept sorted, so each check is a binary search, not a scan
  // (a hostile page with thousands of candidates stays near-linear).
  let kept: FoundTime[] = [];
  const taken: FoundTime[] = [];
  for (const t of ranked) {
    const lo = firstEndingAfter(taken, t.start);
    if (lo < taken.length && taken[lo]!.start < t.end) continue;
    taken.splice(lo, 0, t);
    kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start);
  if (ref && isNarrative(kept, ref)) kept = resolveNarrative(doc, kept);
  kept = overnightAfterItsDay(doc.text, clockTimesOnTheirDay(doc.text, kept));
  // "that day" outranks chrono's reading of "the next day" from the reference date: it counts from the last date
  const anaphoric = anaphoricTimes(doc.text, kept, ref).sort((a, b) => a.start - b.start);
  const durations = kept.filter((k) => k.type === 'DURATION');
  kept = [...kept.filter((k) => !overlapsSorted(anaphoric, k) || k.type === 'DURATION'), ...anaphoric.filter((a) => !overlapsSorted(durations, a))];
  // "the same period last year" outranks the "last year" inside it: it is the period last mentioned, a year back
  const samePeriod = samePeriodTimes(doc.text, kept.sort((a, b) => a.start - b.start), ref);
  kept = [...kept.filter((k) => !overlapsSorted(samePeriod, k)), ...samePeriod];
  return joinDurationParts(doc.text, onToldDay(kept.sort((a, b) => a.start - b.start), ref)).map((t) => ({
    text: t.text, value: t.value, start: t.start, end: t.end, ...(t.endValue !== undefined ? { endValue: t.endValue } : {}),
    type: t.type ?? typeOfValue(t.value),
    ...(t.quant ? { quant: t.quant } : {}), ...(t.freq ? { freq: t.freq } : {}), ...(t.mod ? { mod: t.mod } : {}),
  }));
}
