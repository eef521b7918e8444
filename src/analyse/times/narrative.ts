// History and background texts tell events in order, with years far from the publication date ("In 1916 …
// On 6 December Bucharest fell"). There a date without a year takes the year of the last date mentioned
// (HeidelTime's narrative strategy), not the one nearest the publication date (its news strategy).
// The text decides: narrative when most of the years it writes are not within a year of the reference date.
import { ANAPHORIC_DETERMINERS, DEICTIC_OPENERS, PARTS_OF_DAY, WEEKDAYS } from '../../lang/en/times.js';
import type { ArticleDoc } from '../document.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { chronoTimes, type FoundTime } from './chrono-times.js';
import { dateRangeTimes } from './date-ranges.js';
import { periodTimes } from './periods.js';

const WRITTEN_YEAR = /\b(?:1[0-9]|20)\d{2}\b|['’]\d{2}\b|\bBC\b/;
const MIN_YEARS = 4;
// a weekday alone, or with a part of the day ("Sunday afternoon", "early Sunday"): still counted from the publication date
const WEEKDAY_ONLY = new RegExp(`^(?:(?:early|late)\\s+)?(?:${WEEKDAYS.join('|')})(?:\\s+(?:${Object.keys(PARTS_OF_DAY).join('|')}))?$`, 'i');
// "this week", "last winter", "next month" count from the publication date even inside a narrative
const DEICTIC = new RegExp(`^(?:${DEICTIC_OPENERS.join('|')})\\b`, 'i');
const NEAR_SHARE = 0.25;

/** Whether the dates of this text are mostly far from the reference date. */
export function isNarrative(found: FoundTime[], ref: Ymd): boolean {
  const years = found.map((t) => /^(\d{4})/.exec(t.value ?? '')).filter((m, i) => m && WRITTEN_YEAR.test(found[i]!.text)).map((m) => Number(m![1]));
  if (years.length < MIN_YEARS) return false;
  const sorted = [...years].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! < ref.year - 1 && years.filter((y) => Math.abs(y - ref.year) <= 1).length / years.length < NEAR_SHARE;
}

/** A concrete date value as the day to count from: a year counts from its middle, a month from its 15th. */
function anchorOf(value: string | null): Ymd | null {
  if (!value) return null;
  const day = parseIsoDate(value);
  if (day) return day;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : 7, day: m[2] ? 15 : 1 } : null;
}

const relative = (t: FoundTime) => /^\d{4}/.test(t.value ?? '') && !WRITTEN_YEAR.test(t.text) && t.type !== 'DURATION' && t.type !== 'SET';

/** Characters read on each side of an expression to re-resolve it: its clause, never a whole run-on sentence. */
const WINDOW = 200;

/**
 * The expressions found again in sentence `s` against `anchor`: a short sentence is read whole, once per anchor
 * (`cache`); in a long one only the part around `t`.
 */
function readAround(doc: ArticleDoc, s: { start: number; end: number }, t: FoundTime, anchor: Ymd, cache: Map<string, FoundTime[]>): FoundTime[] {
  const short = s.end - s.start <= 2 * WINDOW;
  const key = `${anchor.year}-${anchor.month}-${anchor.day}`;
  if (short && cache.has(key)) return cache.get(key)!;
  const from = short ? s.start : Math.max(s.start, t.start - WINDOW), to = short ? s.end : Math.min(s.end, t.end + WINDOW);
  const text = doc.text.slice(from, to);
  const shift = (x: FoundTime) => ({ ...x, start: x.start + from, end: x.end + from });
  const found = [...chronoTimes(text, from, anchor, () => null), ...dateRangeTimes(text, anchor, () => null).map(shift),
    ...periodTimes(text, anchor, () => null).map(shift)];
  if (short) cache.set(key, found);
  return found;
}

// "the largest cavalry battle since 1813": a date counted from is a comparison, not where the story stands
const COMPARED_FROM = /\bsince\s+(?:the\s+)?$/i;

// "That Sunday afternoon", "the next Sunday": a weekday the story points to, not the reporter's
const ANAPHORIC_BEFORE = new RegExp(`\\b(?:${ANAPHORIC_DETERMINERS.join('|')})\\s+$`, 'i');

/**
 * Counted from the publication date even in a narrative: "this week", "next month", "today", a weekday with its part
 * of the day, as the reporter says them; not "That Sunday afternoon".
 */
function deictic(doc: ArticleDoc, s: { start: number; end: number }, t: FoundTime): boolean {
  if (WEEKDAY_ONLY.test(t.text)) return !ANAPHORIC_BEFORE.test(doc.text.slice(Math.max(s.start, t.start - 12), t.start));
  // also in reported speech and quotations: in news they are near the day of writing ("He also said this is not
  // likely to happen again next year"), which costs a history the rare "X said then the war would end this year"
  return DEICTIC.test(t.text);
}

/**
 * Re-resolves every date without a written year against the last date mentioned before it (nearest, whatever
 * the tense: a narrative moves forward and back around it), earlier dates of its own sentence included.
 */
export function resolveNarrative(doc: ArticleDoc, found: FoundTime[]): FoundTime[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: FoundTime[] = [];
  let anchor: Ymd | null = null;
  let i = 0;
  for (const s of doc.sentences) {
    const inSentence: FoundTime[] = [];
    while (i < sorted.length && sorted[i]!.start < s.end) inSentence.push(sorted[i++]!);
    const readings = new Map<string, FoundTime[]>();
    for (const [k, t] of inSentence.entries()) {
      // a bare weekday still counts from the publication date ("the trial is set to begin on Wednesday")
      if (anchor && relative(t) && !deictic(doc, s, t)) {
        const same = readAround(doc, s, t, anchor, readings).find((a) => a.start === t.start && a.end === t.end);
        if (same) inSentence[k] = { ...t, value: same.value, ...(same.endValue !== undefined ? { endValue: same.endValue } : {}) };
      }
      // only a written or re-resolved date moves the story on, never one still counted from the publication date
      const u = inSentence[k]!;
      if (anchor === null && relative(u)) continue;
      if (deictic(doc, s, u) || u.type === 'DURATION' || u.type === 'SET') continue;
      if (COMPARED_FROM.test(doc.text.slice(Math.max(0, u.start - 12), u.start))) continue;
      anchor = anchorOf(u.value) || anchor;
    }
    out.push(...inSentence);
  }
  out.push(...sorted.slice(i));
  return out;
}
