// Article metadata visible in plain text: the headline on the first line, a dateline/timestamp
// line at the top.
import type * as chrono from 'chrono-node';
import { isBodyLike, isProseLine, isShortSentence, isTitleLike, wordCount, type Line } from './lines.js';
import { boilerplateKind, isTimestampLine, parseDates } from './boilerplate.js';
import { isWireDateline, isWireHeadline, wireDatelineDate } from './wire.js';
import { opensOnRelatedMarker } from './related.js';

/** Index of the first line when it is a headline before the body, else null. */
export function findTitle(lines: Line[]): number | null {
  // leading page furniture (a breadcrumb, "Share") does not count: the headline is the first real line
  const nonBlank = lines.filter((l) => l.text);
  // nor does a date line: "3 July 2013 Last updated at 13:38 GMT" above the headline is the date
  while (nonBlank.length > 1 && (boilerplateKind(nonBlank[0].text) === 'navigation' || isTimestampLine(nonBlank[0].text))) nonBlank.shift();
  const first = nonBlank[0];
  // a link line ("Read more about this") is never the headline
  if (first && opensOnRelatedMarker(first.text)) return null;
  // wire copy: a short headline above the dateline, in capitals, Title Case or ending on a full stop (a byline may
  // stand between them: "EU rejects German call to boycott British lamb." / "Peter Blackburn" / "BRUSSELS 1996-08-22")
  const aboveDateline = nonBlank.slice(1, 3).some((l) => isWireDateline(l.text));
  // Both need the dateline below: a capitals line ending in a full stop is as often a menu or banner ("HOME NEWS
  // SPORT WEATHER.", "SHOP NOW AND SAVE BIG."), and a menu joins its items with bars and bullets
  if (first && aboveDateline && !boilerplateKind(first.text) && !/[|•]/.test(first.text) && !isWireDateline(first.text)
    && wordCount(first.text) >= 3 && wordCount(first.text) <= 25 && !/:$/.test(first.text)
    && (isWireHeadline(first.text) || isTitleLike(first.text) || /\.$/.test(first.text))) return first.index;
  if (!first || !isTitleLike(first.text) || wordCount(first.text) < 3 || boilerplateKind(first.text)) return null;
  // the headline is followed by body text within a few lines (after a byline, a dateline, a
  // standfirst or a "Key points" heading); a menu of short lines never reaches prose that soon
  const next = nonBlank.slice(1, 6).filter((l) => !boilerplateKind(l.text));
  return next.slice(0, 3).some((l) => isBodyLike(l.text) || isShortSentence(l.text) || isProseLine(l.text)) ? first.index : null;
}

/** How many non-blank lines may stand above a wire dateline that dates the item (headline, byline). */
const MAX_ABOVE_WIRE_DATE = 3;

/** A dateline among the first lines: ISO date (or date-time when the time is given), and its line. */
export function findPublished(lines: Line[]): { iso: string; index: number } | null {
  const top = lines.filter((l) => l.text).slice(0, 8);
  for (const [k, l] of top.entries()) {
    // a wire dateline: the place, then the date ("NEW YORK 1996-09-05"), under the headline and perhaps a byline;
    // lower down such a line belongs to the story
    const text = isTimestampLine(l.text) ? l.text : k < MAX_ABOVE_WIRE_DATE ? wireDatelineDate(l.text) : null;
    if (!text || /\bago$/i.test(text)) continue;
    // the first full date on the line ("12:52 p.m. EDT May 2, 2013": the clock time alone is not one);
    // a year-less date is dangerous to guess here, the times stage infers it from the text
    const r = parseDates(text).find((x) => x.start.isCertain('day') && x.start.isCertain('month') && x.start.isCertain('year'));
    if (!r) continue;
    return { iso: isoOf(r.start, dottedDay(text)), index: l.index };
  }
  return null;
}

/**
 * "14.10.2026" / "05.10.2026": a dotted numeric date is day-first wherever it is written (Europe,
 * Russia, Latin America), while the English parser reads "05.10." month-first. Null when none or invalid.
 */
function dottedDay(text: string): { month: number; day: number } | null {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]*\d)/.exec(text);
  if (!m) return null;
  const day = Number(m[1]), month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { month, day } : null;
}

function isoOf(c: chrono.ParsedComponents, dayFirst: { month: number; day: number } | null = null): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const date = `${c.get('year')}-${p2(dayFirst?.month ?? c.get('month')!)}-${p2(dayFirst?.day ?? c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${date}T${p2(c.get('hour')!)}:${p2(c.get('minute') ?? 0)}`;
  const off = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
  if (off === null || off === undefined) return time;
  const sign = off < 0 ? '-' : '+';
  return `${time}${sign}${p2(Math.floor(Math.abs(off) / 60))}:${p2(Math.abs(off) % 60)}`;
}
