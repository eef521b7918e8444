// Named parts of a year: seasons ("last summer" 2024-SU, "spring 2010"), quarters ("the fourth quarter"
// 2025-Q4, "the first quarter of last year"), halves ("the second half of 2008" 2008-H2), fiscal years
// ("fiscal 2009" FY2009), months with a relative word ("last May") and two-digit years ("'82").
// Without a stated year, the year is the one nearest the reference date in the direction the clause's
// tense points (HeidelTime's news strategy): back when past, ahead when future, else the nearest.
import { FISCAL_WORDS, HOLIDAYS, MONTH_FULL_PATTERN, ORDINALS, PERIOD_MODS, PERIOD_STEPS, SEASONS } from '../../lang/en/times.js';
import { dayNumber, isoWeek, monthIndex, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';
import { wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import type { Tense } from './tense.js';
import { BARE_SEASON_LEADS, FALL_AS_VERB_FOLLOWERS, PARTED_PERIODS, PERIOD_PARTS, PERIOD_QUALIFIERS, TWO_DIGIT_YEAR_LEADS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const YEAR = String.raw`((?:1[5-9]|20)\d{2})`;
const STEP = wordsPattern(Object.keys(PERIOD_STEPS));
const MOD = String.raw`(?:(${alternation(PERIOD_QUALIFIERS)})[-\s]*)`;
const OF_YEAR = String.raw`(?:\s+(?:of\s+)?(?:the\s+)?(?:${wordsPattern(FISCAL_WORDS)}\s+)?(?:year\s+)?(?:${YEAR}|(${STEP})\s+year)\b)?`;
const SEASON = new RegExp(String.raw`\b(?:(${STEP})\s+)?${MOD}?(${wordsPattern(Object.keys(SEASONS))})(?:\s+(?:of\s+)?${YEAR})?\b`, 'gi');
const QUARTER = new RegExp(String.raw`\b(?:the\s+)?(?:(${STEP})\s+year['’]s\s+)?(${wordsPattern(Object.keys(ORDINALS))})[-\s]+quarter${OF_YEAR}|\bQ([1-4])(?:\s*${YEAR})?\b`, 'gi');
const RELATIVE_QUARTER = new RegExp(String.raw`\b(${STEP})\s+quarter\b`, 'gi');
const HALF = new RegExp(String.raw`\b(?:the\s+)?(first|second|1st|2nd)\s+half${OF_YEAR}|\bH([12])\s*${YEAR}\b`, 'gi');
const FISCAL = new RegExp(String.raw`\b${wordsPattern(FISCAL_WORDS)}\s+(?:year\s+)?${YEAR}\b|\bFY\s?((?:19|20)?\d{2})\b|\b(${STEP})\s+${wordsPattern(FISCAL_WORDS)}\s+year\b`, 'gi');
const RELATIVE_MONTH = new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(${MONTH_FULL_PATTERN})\b(?!\s+\d)`, 'g');
// "in '82", "the class of '99": after a word that takes a year, never after a name ("iLife '11")
// "by the end of the year", "the start of the month": the reference date's own period, with its TIMEX3 mod
const PART_OF_PERIOD = new RegExp(String.raw`\b(?:the\s+)?(${alternation(PERIOD_PARTS)})\s+of\s+(?:the|this)\s+(${alternation(PARTED_PERIODS)})\b`, 'gi');
const HOLIDAY = new RegExp(String.raw`\b(${wordsPattern(Object.keys(HOLIDAYS))})(?:\s+(?:of\s+)?${YEAR})?\b`, 'gi');
// (the look-behind comes after the apostrophe, so it is only tried where one stands)
const TWO_DIGIT_YEAR = new RegExp(String.raw`['’](?<=\b(?:${alternation(TWO_DIGIT_YEAR_LEADS)}|${Object.keys(SEASONS).join('|')}|early|late|mid)\s['’])(\d{2})\b(?!['’]?s\b)`, 'gi');

const BARE_SEASON_LEAD = new RegExp(String.raw`\b(?:${alternation(BARE_SEASON_LEADS)})\s+$`, 'i');
const FALL_AS_VERB = new RegExp(String.raw`^\s+(?:${alternation(FALL_AS_VERB_FOLLOWERS)})\b`, 'i');

// Searched near their key words only (keyed-search.ts). A season may be written together with its modifier
// ("midsummer"); "quarter" and "half" may go on as another word ("first quarterly"), since no \b follows them.
const SEASON_K = keyed(SEASON, { words: Object.keys(SEASONS).flatMap((s) => ['', 'early', 'late', 'mid', 'middle'].map((m) => m + s)) }, true);
const QUARTER_K = keyed(QUARTER, { words: ['q'], prefixes: ['quarter'] }, true);
const RELATIVE_QUARTER_K = keyed(RELATIVE_QUARTER, { words: ['quarter'] }, true);
const HALF_K = keyed(HALF, { words: ['h'], prefixes: ['half'] }, true);
const FISCAL_K = keyed(FISCAL, { words: [...FISCAL_WORDS, 'fy'] }, true);
const RELATIVE_MONTH_K = keyed(RELATIVE_MONTH, { words: MONTH_FULL_PATTERN.split('|') }, true);
const PART_OF_PERIOD_K = keyed(PART_OF_PERIOD, { words: ['year', 'month', 'week', 'quarter'] }, true);
const HOLIDAY_K = keyed(HOLIDAY, { words: Object.keys(HOLIDAYS).map((h) => /^[a-z]*/i.exec(h)![0]), opensMatch: true }, true);

/** Days from `r` to a span of days (0 inside it). */
const gap = (s: { start: number; end: number }, r: number) => (r < s.start ? s.start - r : r > s.end ? r - s.end : 0);

/** Which year's period (starting `startMonth`, `months` long) a mention means. */
export function periodYear(startMonth: number, months: number, ref: Ymd, tense: Tense, step: number | null): number {
  const r = dayNumber(ref);
  const spans = [-2, -1, 0, 1].map((d) => ref.year + d).map((year) => ({
    year, start: dayNumber({ year, month: startMonth, day: 1 }), end: dayNumber({ year, month: startMonth + months, day: 1 }) - 1,
  }));
  const current = spans.find((s) => s.start <= r && r <= s.end);
  if (step === 0 && current) return current.year;
  // "this spring" out of season: by the clause's tense ("hired 300 people this spring" said in November is this year's,
  // "plan to push legislation this spring" said in December next year's), else the nearest
  if (step === 0 && !tense) return spans.reduce((a, b) => (gap(b, r) < gap(a, r) ? b : a)).year;
  if (step === -1) return spans.filter((s) => s.end < r).at(-1)!.year;
  if (step === 1) return spans.find((s) => s.start > r)!.year;
  if (tense === 'past') return spans.filter((s) => s.start <= r).at(-1)!.year;
  if (tense === 'future') return spans.find((s) => s.end >= r)!.year;
  if (current) return current.year;
  return spans.reduce((a, b) => (Math.abs((b.start + b.end) / 2 - r) < Math.abs((a.start + a.end) / 2 - r) ? b : a)).year;
}

const stepOf = (word: string | undefined): number | null => (word ? PERIOD_STEPS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null : null);

export function periodTimes(text: string, ref: Ymd | null, tenseAt: (start: number, end: number) => Tense): FoundTime[] {
  const out: FoundTime[] = [];
  const push = (start: number, end: number, value: string | null, mod?: string) =>
    out.push({ text: text.slice(start, end), start, end, value, type: 'DATE', ...(mod ? { mod } : {}) });
  /** The year stated, stated relatively ("of last year"), or chosen by tense; null without a reference date. */
  const yearOf = (stated: string | undefined, relative: string | undefined, startMonth: number, months: number, start: number, end: number, step: number | null = null) => {
    if (stated) return Number(stated);
    if (!ref) return null;
    if (relative) return ref.year + (stepOf(relative) ?? 0);
    return periodYear(startMonth, months, ref, tenseAt(start, end), step);
  };
  for (const m of keyedMatches(SEASON_K, text)) {
    const [whole, step, mod, name, year] = m;
    const season = SEASONS[name!.toLowerCase()]!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "fall" and "spring" are common words: alone they must follow "in the", "this" … or carry a year
    const bare = !step && !mod && !year;
    if (bare && !BARE_SEASON_LEAD.test(before)) continue;
    if (/^fall$/i.test(name!) && (bare || !year) && FALL_AS_VERB.test(text.slice(m.index + whole.length, m.index + whole.length + 6)) && !year) continue;
    const end = m.index + whole.length;
    // "penguins feed in winter": a season named without a determiner, in a clause of no tense, is any year's
    const generic = bare && !/\b(?:the|this|that)\s+$/i.test(before) && tenseAt(m.index, end) === null;
    const y = generic ? 'XXXX' : yearOf(year, undefined, season.startMonth, 3, m.index, end, stepOf(step));
    push(m.index, end, y === null ? null : `${y}-${season.code}`, mod ? PERIOD_MODS[mod.toLowerCase()] : undefined);
  }
  for (const m of keyedMatches(QUARTER_K, text)) {
    const q = m[2] ? ORDINALS[m[2].toLowerCase()]! : Number(m[5]);
    const end = m.index + m[0].length;
    const y = yearOf(m[3] ?? m[6], m[4] ?? m[1], (q - 1) * 3 + 1, 3, m.index, end);
    push(m.index, end, y === null ? null : `${y}-Q${q}`);
  }
  for (const m of keyedMatches(RELATIVE_QUARTER_K, text)) {
    if (!ref) { push(m.index, m.index + m[0].length, null); continue; }
    const step = stepOf(m[1]) ?? 0;
    const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
    push(m.index, m.index + m[0].length, `${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  for (const m of keyedMatches(HALF_K, text)) {
    const h = m[1] ? (/^(?:first|1st)$/i.test(m[1]) ? 1 : 2) : Number(m[4]);
    const end = m.index + m[0].length;
    // "the first half of the match": a half of something other than a year
    if (m[1] && !m[2] && !m[3] && /^\s+of\b/i.test(text.slice(end, end + 4))) continue;
    const y = yearOf(m[2] ?? m[5], m[3], h === 1 ? 1 : 7, 6, m.index, end);
    push(m.index, end, y === null ? null : `${y}-H${h}`);
  }
  for (const m of keyedMatches(FISCAL_K, text)) {
    const short = m[2] ? (m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2])) : null;
    const y = m[1] ? Number(m[1]) : short ?? (ref ? ref.year + (stepOf(m[3]) ?? 0) : null);
    push(m.index, m.index + m[0].length, y === null ? null : `FY${y}`);
  }
  for (const m of keyedMatches(RELATIVE_MONTH_K, text)) {
    const month = monthIndex(m[2]!);
    const y = ref ? periodYear(month, 1, ref, null, stepOf(m[1])) : null;
    push(m.index, m.index + m[0].length, y === null ? null : `${y}-${String(month).padStart(2, '0')}`);
  }
  for (const m of keyedMatches(PART_OF_PERIOD_K, text)) {
    const unit = m[2]!.toLowerCase();
    const value = !ref ? null : unit === 'year' ? String(ref.year) : unit === 'month' ? `${ref.year}-${String(ref.month).padStart(2, '0')}`
      : unit === 'quarter' ? `${ref.year}-Q${Math.floor((ref.month - 1) / 3) + 1}` : isoWeek(ref);
    push(m.index, m.index + m[0].length, value, PERIOD_MODS[m[1]!.toLowerCase()]);
  }
  for (const m of keyedMatches(HOLIDAY_K, text)) {
    if (!/^\p{Lu}/u.test(m[1]!)) continue; // "may day", "independence day" in lower case are words
    const [month, day] = HOLIDAYS[m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")] ?? [0, 0];
    if (!month) continue;
    const end = m.index + m[0].length;
    const y = yearOf(m[2], undefined, month, 1, m.index, end);
    push(m.index, end, y === null ? null : `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(TWO_DIGIT_YEAR)) {
    const n = Number(m[1]);
    const pivot = ((ref?.year ?? 2000) % 100) + 1;
    push(m.index, m.index + m[0].length, String(n <= pivot ? 2000 + n : 1900 + n));
  }
  return out;
}
