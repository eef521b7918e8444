// Expressions chrono-node leaves out: bare years after a temporal word ("in 2019", "between 2009 and 2010",
// "the 2008 Olympics", "mid-2011"), decades ("the 1990s", "the 70s") and four-digit UTC clock times
// ("0800 UTC"). Quarters, halves, seasons and fiscal years are in periods.ts.
import { EARLY_YEAR_CUES, YEAR_CUES } from '../../lang/en/times.js';
import { ORDINAL_SUFFIX_PATTERN } from '../../lang/en/numbers.js';
import { isoDay, type Ymd } from './calendar.js';
import type { FoundTime } from './chrono-times.js';
import { UNIT, wordsPattern } from './patterns.js';
import { keyed, keyedMatches } from './keyed-search.js';
import { COUNTED_NOUNS, SHORT_DECADE_LEADS } from '../../lang/en/time-grammar.js';
import { alternation } from '../../lang/alternation.js';

const NOT_A_YEAR_AFTER = String.raw`(?![-–]\d|\s*(?:%|${alternation(COUNTED_NOUNS)}|[$€£]|(?:${UNIT})\b))`;
const YEAR_AFTER_WORD = new RegExp(String.raw`(?:\b${wordsPattern(YEAR_CUES)}\s+|\bmid-)((?:1[89]|20)\d{2})\b${NOT_A_YEAR_AFTER}`, 'gi');
// "he died in 1758", "since 1660": an earlier year only after a word that takes nothing but a time
const EARLY_YEAR = new RegExp(String.raw`\b(?:${wordsPattern(EARLY_YEAR_CUES)})\s+(1[5-7]\d{2})\b${NOT_A_YEAR_AFTER}`, 'gi');
const YEAR_POSSESSIVE = /\b((?:1[89]|20)\d{2})['’]s\b/g;
const DECADE = /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?((?:1[89]|20)\d)0['’]?s\b/gi;
// (look-behinds sit after the digits they need, so they are only tried where those digits stand)
const SHORT_DECADE = new RegExp(String.raw`['’]?([2-9])0(?<=\b(?:${alternation(SHORT_DECADE_LEADS)})\s*['’]?[2-9]0)['’]?s\b`, 'gi');
// "(Quilis, 1964)", "Spang (1983)", "Klingberg et al., 2005;": a year cited in brackets or after a name
const CITED_YEAR = /\b((?:1[5-9]|20)\d{2})(?<=(?:\(|\(\p{L}[^()\d]{0,60}?,\s|;\s(?:\p{L}[^()\d;]{0,60}?,\s)?)\d{4})[a-z]?(?=\s*[);,:])/gu;
// "the 19th century" is the 1800s: TIMEX3 writes its first two digits, "18"
const CENTURY = new RegExp(String.raw`\b(?:the\s+)?(?:(early|late|mid)[-\s]+)?(\d{1,2})${ORDINAL_SUFFIX_PATTERN}[-\s]+century\b`, 'gi');
// "218 BC", "146 B.C.", "AD 43"
const ERA_YEAR = /\b(\d{1,4})\s*(?:BC|B\.C\.|BCE)(?![\p{L}])|\b(?:AD|A\.D\.)\s*(\d{1,4})\b/gu;
// "1915-17", "2007-2008", "(1876-1910)": two years, each its own expression as in TimeML
const YEAR_RANGE = /\b((?:1[5-9]|20)\d{2})\s?[-–]\s?((?:1[5-9]|20)?\d{2})\b(?![-/.]\d)/g;
// "2003: Invasion", a year heading a section on a line of its own
const YEAR_HEADING = /(?:^|\n)[ \t]*((?:1[5-9]|20)\d{2})(?=[:.]?[ \t]+\p{Lu}|[ \t]*\n)/gu;
// "1200 GMT", and wire copy's "at 1700 local time" / "(1600 local time)": a 24-hour clock time written without a
// colon, before its zone; before "local time" only after "at" or a bracket ("until 1847 local time was used" is a year)
const UTC_CLOCK = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:(UTC|GMT)\b|(?<=(?:\bat\s+(?:about\s+|around\s+)?|\(\s*)\d{4}\s*)local\s+time\b)/g;

// Searched near their year digits or key word only (keyed-search.ts).
const YEAR_AFTER_WORD_K = keyed(YEAR_AFTER_WORD, { digits: (d) => d.length === 4 && /^(?:1[89]|20)/.test(d) }, true);
const EARLY_YEAR_K = keyed(EARLY_YEAR, { digits: (d) => d.length === 4 && /^1[5-7]/.test(d) }, true);
const DECADE_K = keyed(DECADE, { digits: (d) => d.length === 4 && /^(?:1[89]|20)\d0$/.test(d) }, true);
const CENTURY_K = keyed(CENTURY, { words: ['century'] }, true);

const span = (m: RegExpMatchArray, value: string | null, group = 0): FoundTime => {
  const text = m[group]!;
  const start = m.index! + m[0].lastIndexOf(text);
  return { text, start, end: start + text.length, value };
};

export function yearRuleTimes(text: string, ref: Ymd | null): FoundTime[] {
  const out: FoundTime[] = [];
  for (const m of keyedMatches(YEAR_AFTER_WORD_K, text)) out.push({ ...span(m, m[1]!, /^mid-/i.test(m[0]) ? 0 : 1), ...(/^mid-/i.test(m[0]) ? { mod: 'MID' } : {}) });
  for (const m of keyedMatches(EARLY_YEAR_K, text)) out.push(span(m, m[1]!, 1));
  for (const m of text.matchAll(YEAR_POSSESSIVE)) out.push(span(m, m[1]!, 1));
  for (const m of keyedMatches(DECADE_K, text)) out.push(span(m, m[1]!));
  for (const m of text.matchAll(SHORT_DECADE)) out.push(span(m, `19${m[1]}`));
  for (const m of text.matchAll(YEAR_RANGE)) {
    const first = Number(m[1]), second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second <= first) continue; // "1990-85" is no range of years
    const start2 = m.index + m[0].length - m[2]!.length;
    out.push(span(m, m[1]!, 1), { text: m[2]!, start: start2, end: start2 + m[2]!.length, value: String(second) });
  }
  for (const m of text.matchAll(YEAR_HEADING)) out.push(span(m, m[1]!, 1));
  for (const m of text.matchAll(CITED_YEAR)) out.push(span(m, m[1]!, 1));
  for (const m of keyedMatches(CENTURY_K, text)) {
    const mod = m[1] ? { early: 'START', late: 'END', mid: 'MID' }[m[1].toLowerCase()] : undefined;
    out.push({ ...span(m, String(Number(m[2]) - 1).padStart(2, '0')), ...(mod ? { mod } : {}) });
  }
  for (const m of text.matchAll(ERA_YEAR)) out.push(span(m, m[1] ? `BC${m[1].padStart(4, '0')}` : m[2]!.padStart(4, '0')));
  for (const m of text.matchAll(UTC_CLOCK)) out.push(span(m, ref ? `${isoDay(ref)}T${m[1]}:${m[2]}${m[3] ? 'Z' : ''}` : null));
  return out;
}
