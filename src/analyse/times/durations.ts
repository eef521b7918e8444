// Amounts of time (TIMEX3 DURATION: "five years" P5Y, "a decade" P10Y, "the past nine days" P9D,
// "a 12-hour flight" PT12H, "for years" PXY) and sets of times (TIMEX3 SET: "every week" P1W EVERY,
// "15 a year" P1Y, "twice a week" P1W 2X, "weekly" P1W). An amount followed by "ago", "later" … is a
// point on the calendar, not a duration: chrono and the anaphora rules read those.
import { AMOUNT_QUALIFIERS, ANCHORING_WORDS, BARE_PLURAL_UNITS, FREQUENCIES, FREQUENCY_WORDS, SET_QUANTIFIERS, SPAN_MODIFIERS } from '../../lang/en/times.js';
import type { FoundTime } from './chrono-times.js';
import { AMOUNT, NUMBER_WORD, UNIT, UNIT_FORMS, amountValue, durationValue, wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import { AMOUNT_CONTINUERS, BARE_UNIT_PREPOSITIONS, PREPOSITIONS_BEFORE_LIMITED_UNITS, DURATION_LEADS, RACE_TIME_LEADS, RACE_TIME_PREFIXES } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const QUALIFIER = String.raw`(?:${wordsPattern(AMOUNT_QUALIFIERS)}\s+)?`;
const ANCHORED_AFTER = new RegExp(String.raw`^\s+${wordsPattern(ANCHORING_WORDS)}\b`, 'i');
// "the past two years", "the next six months", "the past decade" (no amount: one unit)
const SPAN = new RegExp(String.raw`\b(?:the\s+)?(${wordsPattern(SPAN_MODIFIERS)})\s+(?:(${AMOUNT})\s+)?${QUALIFIER}(${UNIT})\b`, 'gi');
// "the four previous weeks"
const SPAN_AFTER_AMOUNT = new RegExp(String.raw`\bthe\s+(${AMOUNT})\s+(${wordsPattern(SPAN_MODIFIERS)})\s+(${UNIT})\b`, 'gi');
const HALF = String.raw`(?:\s+and\s+(?:a\s+)?(half))?`;
// "five years", "a 12-hour flight", "a five-year high", "decades-long", "a few days"
const AMOUNT_OF = new RegExp(String.raw`\b(${AMOUNT})${HALF}[-\s]+${QUALIFIER}(${UNIT})(?:-long)?\b`, 'gi');
const DURATION_LEAD_BEFORE = new RegExp(String.raw`\b(?:${alternation(DURATION_LEADS)})\s+$`, 'i');
// "for years", "in minutes", "decades-long": an unspecified number of units
const PLURAL_UNIT = BARE_PLURAL_UNITS.join('|');
const BARE_PLURAL = new RegExp(String.raw`(?:\b(?:${alternation(BARE_UNIT_PREPOSITIONS)})\s+|\b)(${PLURAL_UNIT})(?:-long\b|\b(?=\s+(?:of|in|to)\b))|\b(?:${alternation(PREPOSITIONS_BEFORE_LIMITED_UNITS)})\s+(?:just\s+|only\s+|mere\s+)?(${PLURAL_UNIT})\b`, 'gi');
// "every week", "each year", "every two years", "per day"
const QUANTIFIED = new RegExp(String.raw`\b(${wordsPattern(Object.keys(SET_QUANTIFIERS).filter((q) => q.length > 2))})\s+(?:other\s+)?(?:(${AMOUNT})\s+)?(${UNIT})\b`, 'gi');
// "15 a year", "$5 a day", "1,000 barrels a day", "twice a week", "three times a year"
// A figure opens only on the first digit of its run of digits, commas and dots: from any later digit of the run the
// pattern reaches the same run end, so it matches there only if it matched at the first digit, which the search
// tried before. Without the look-behind, a long run ("2019,2019,…") was read to its end from each of its digits.
export const RATE = new RegExp(String.raw`(?:((?<!\d[\d,.]*?)\d[\d,.]*%?|\b${NUMBER_WORD}|${wordsPattern(Object.keys(FREQUENCIES))}|times)\s+(?:[a-z]+\s+)?(?:\([^()]{1,20}\)\s+)?)(an?)\s+(${UNIT})\b`, 'gi');
const FREQUENCY = new RegExp(String.raw`\b(${wordsPattern(Object.keys(FREQUENCY_WORDS))})\b`, 'gi');
// Searched near their unit words only (keyed-search.ts): each match ends on a unit.
const SPAN_K = keyed(SPAN, { words: UNIT_FORMS }, true);
const SPAN_AFTER_AMOUNT_K = keyed(SPAN_AFTER_AMOUNT, { words: UNIT_FORMS }, true);
const AMOUNT_OF_K = keyed(AMOUNT_OF, { words: UNIT_FORMS }, true);
const BARE_PLURAL_K = keyed(BARE_PLURAL, { words: BARE_PLURAL_UNITS }, true);
const QUANTIFIED_K = keyed(QUANTIFIED, { words: UNIT_FORMS }, true);
const FREQUENCY_K = keyed(FREQUENCY, { words: Object.keys(FREQUENCY_WORDS) }, true);
// "one day" / "a day" alone name a day more often than a length
const NOT_A_DURATION = /^(?:one|a|an)[-\s]+(?:day|night)$/i;
const ORDINAL_SECOND = /^(?:one|a|an)\s+second$/i; // "a second interest", "a second consecutive day"

function found(text: string, start: number, end: number, value: string, extra: Partial<FoundTime> = {}): FoundTime {
  return { text: text.slice(start, end), start, end, value, type: 'DURATION', ...extra };
}

export function durationTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  const anchoredAfter = (end: number) => ANCHORED_AFTER.test(text.slice(end, end + 12));
  for (const m of keyedMatches(SPAN_K, text)) {
    const modifier = m[1]!.toLowerCase();
    const plural = /s$/i.test(m[3]!); // "the following days": some days
    const long = /^(?:decade|century)$/i.test(m[3]!); // "the next decade" is ten years long
    // "the next day", "the following year", "the first quarter": a point, read by the anaphora and period rules
    if (!m[2] && !plural && !long && !['past', 'last', 'coming', 'recent'].includes(modifier)) continue;
    if (!m[2] && !/^the\s/i.test(m[0])) continue; // "last year" is a date; "the last year" is a year long
    const end = m.index + m[0].length;
    if (anchoredAfter(end)) continue;
    out.push(found(text, m.index, end, durationValue(m[2] ? amountValue(m[2]) : plural ? null : 1, m[3]!)));
  }
  for (const m of keyedMatches(SPAN_AFTER_AMOUNT_K, text)) {
    out.push(found(text, m.index, m.index + m[0].length, durationValue(amountValue(m[1]!), m[3]!)));
  }
  for (const m of keyedMatches(AMOUNT_OF_K, text)) {
    const end = m.index + m[0].length;
    if (anchoredAfter(end)) continue;
    const amount = m[1]!;
    if (ORDINAL_SECOND.test(m[0])) continue;
    if (NOT_A_DURATION.test(m[0]) && !DURATION_LEAD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const n = amountValue(amount);
    out.push(found(text, m.index, end, durationValue(n === null ? null : n + (m[2] ? 0.5 : 0), m[3]!)));
  }
  for (const m of keyedMatches(BARE_PLURAL_K, text)) {
    const word = m[1] ?? m[2]!;
    const start = m.index + m[0].toLowerCase().indexOf(word.toLowerCase());
    const end = start + word.length + (/-long$/i.test(m[0]) ? 5 : 0);
    if (anchoredAfter(end)) continue;
    out.push(found(text, start, end, durationValue(null, word)));
  }
  for (const m of keyedMatches(QUANTIFIED_K, text)) {
    out.push(found(text, m.index, m.index + m[0].length, durationValue(m[2] ? amountValue(m[2]) : 1, m[3]!),
      { type: 'SET', quant: SET_QUANTIFIERS[m[1]!.toLowerCase()]! }));
  }
  for (const m of text.matchAll(RATE)) {
    const end = m.index + m[0].length;
    if (anchoredAfter(end)) continue; // "14% a year earlier" is a date
    const lead = m[1]!.toLowerCase();
    let start = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length - 1); // "a year" in "15 a year"
    let freq = FREQUENCIES[lead];
    if (freq) start = m.index;
    else if (lead === 'times') {
      const count = new RegExp(String.raw`\b(${AMOUNT})\s+$`, 'i').exec(text.slice(Math.max(0, m.index - 16), m.index));
      if (count) {
        start = m.index - count[0].length;
        // (a count the words fix: "a couple of times a month" 2X; "several times a year" says no number)
        const n = amountValue(count[1]!);
        if (n != null) freq = `${n}X`;
      }
    }
    out.push(found(text, start, end, durationValue(1, m[3]!), { type: 'SET', ...(freq ? { freq } : {}) }));
  }
  for (const m of keyedMatches(FREQUENCY_K, text)) {
    out.push(found(text, m.index, m.index + m[0].length, FREQUENCY_WORDS[m[1]!.toLowerCase()]!, { type: 'SET' }));
  }
  // a set outranks the duration inside it ("a year" in "15 a year"): sets first, the sort that follows is stable
  return [...out.filter((t) => t.type === 'SET'), ...out.filter((t) => t.type !== 'SET')];
}

/** Units of a TIMEX3 duration value in the order they are written, date part then time part. */
const UNIT_ORDER = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
/**
 * Words that may join the parts of one amount of time: "two hours 07 minutes", "three years and six months", "15 years,
 * 8 months". After a comma the second part must end the amount: "the past 24 hours, 30 minutes of heavy rain", "a
 * week, two days longer" are two amounts.
 */
const JOINED = /^(?:\s*,)?\s+(?:and\s+)?$/;
const GOES_ON = new RegExp(String.raw`^\s+(?:${alternation(AMOUNT_CONTINUERS)})\b`, 'i');

/**
 * "two hours 07 minutes 12 seconds", "eight minutes 59.4 seconds": parts of one amount in falling units are one
 * duration (PT2H7M12S), as TimeML writes it. `sorted`: the kept expressions by start.
 */
export function joinDurationParts(text: string, sorted: FoundTime[]): FoundTime[] {
  const out: FoundTime[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    const a = prev?.type === 'DURATION' ? durationParts(prev.value) : null;
    // the part joined on is a duration of one unit ("07 minutes"), read as the one before it is
    const b = t.type === 'DURATION' ? durationParts(t.value) : null;
    const gap = prev ? text.slice(prev.end, t.start) : '';
    if (prev && a && b?.length === 1 && JOINED.test(gap) && !(gap.includes(',') && GOES_ON.test(text.slice(t.end, t.end + 12)))) {
      if (UNIT_ORDER.indexOf(b[0]![0]) > UNIT_ORDER.indexOf(a[a.length - 1]![0])) {
        const parts = [...a, b[0]!];
        out[out.length - 1] = { ...prev, end: t.end, text: text.slice(prev.start, t.end), value: durationFromParts(parts) };
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** "PT2H7M" → [["TH","2"],["TM","7"]]; null for any other value (a set, an unknown amount "PXY", a range). */
function durationParts(value: string | null): [string, string][] | null {
  const m = /^P((?:\d+(?:\.\d+)?[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/.exec(value ?? '');
  if (!m || (!m[1] && !m[2])) return null;
  const parts: [string, string][] = [];
  for (const p of (m[1] ?? '').matchAll(/(\d+(?:\.\d+)?)([YMWD])/g)) parts.push([p[2]!, p[1]!]);
  for (const p of (m[2] ?? '').matchAll(/(\d+(?:\.\d+)?)([HMS])/g)) parts.push([`T${p[2]}`, p[1]!]);
  return parts;
}

function durationFromParts(parts: [string, string][]): string {
  const date = parts.filter(([u]) => !u.startsWith('T')).map(([u, n]) => `${Number(n)}${u}`).join('');
  const time = parts.filter(([u]) => u.startsWith('T')).map(([u, n]) => `${Number(n)}${u.slice(1)}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * "won in 2:26:51", "a time of 2:07:12": a race time (hours:minutes:seconds after "clocked", "a time of", or after
 * "in" in a sentence about a race) is a duration, not a clock reading.
 */
// (hours of one digit: a timestamp "of 23:41:07" is a clock reading; no zone, a.m. or "hrs" after it)
const RACE_TIME = new RegExp(String.raw`\b(${alternation(RACE_TIME_PREFIXES)})\s+(\d):([0-5]\d):([0-5]\d(?:\.\d+)?)\b(?!\s*(?:[ap]\.?m\b|[A-Z]{2,4}\b|hrs\b|local\b))`, 'g');
const RACE_BEFORE = new RegExp(String.raw`\b(?:${alternation(RACE_TIME_LEADS)})\b`, 'i');

export function raceTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of text.matchAll(RACE_TIME)) {
    if (m[1] === 'in' && !RACE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const start = m.index + m[0].lastIndexOf(`${m[2]}:${m[3]}:${m[4]}`);
    out.push(found(text, start, m.index + m[0].length, `PT${Number(m[2])}H${Number(m[3])}M${Number(m[4])}S`));
  }
  return out;
}
