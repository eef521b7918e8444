// Regex building blocks made from the English word lists (src/lang/en/times.ts), so that no list is
// written twice. Every alternation is over a fixed list of words between word boundaries: linear to match.
import { AMOUNTS, DURATION_UNITS, UNIT_PLURALS } from '../../lang/en/times.js';
import { ONES_WORDS as ONES, TENS_WORDS as TENS } from '../../lang/en/numbers.js';
import { escapeRegExp } from '../shared/regexp.js';

/** A non-capturing alternation of phrases, longest first, with any run of spaces between their words. */
export function wordsPattern(words: Iterable<string>): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})`;
}

/** An amount of time units: digits, a number word ("twenty-five"), or a vague amount ("several"). */
export const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?|${wordsPattern(TENS)}[-\s]${wordsPattern(ONES)}|${wordsPattern(Object.keys(AMOUNTS))})`;
/** Number words that may lead a rate ("thirty kilometres a day"): not "a", "an" or the vague ones. */
export const NUMBER_WORD = wordsPattern(Object.entries(AMOUNTS).filter(([w, n]) => n !== null && n > 1 && !/\s/.test(w)).map(([w]) => w));
/** A unit of duration, singular or plural ("day", "days", "centuries"). */
export const UNIT = String.raw`(?:${wordsPattern(Object.keys(UNIT_PLURALS))}|${wordsPattern(Object.keys(DURATION_UNITS))}s?)`;

/** Every word UNIT matches, in lower case ("day", "days", "centuries"): the keys of the patterns that end on a unit. */
export const UNIT_FORMS = [...Object.keys(UNIT_PLURALS), ...Object.keys(DURATION_UNITS).flatMap((u) => [u, `${u}s`])];

/** The number an amount stands for, or null when unspecified ("several", "a few"). */
export function amountValue(text: string): number | null {
  const k = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(k)) return Number(k.replace(/,/g, ''));
  const compound = /^([a-z]+)[-\s]([a-z]+)$/.exec(k);
  if (compound && TENS.includes(compound[1]!) && ONES.includes(compound[2]!)) {
    return (AMOUNTS[compound[1]!] ?? 0) + (AMOUNTS[compound[2]!] ?? 0);
  }
  return k in AMOUNTS ? AMOUNTS[k]! : null;
}

/** TIMEX3 duration value for an amount of a unit: (3, "hours") → "PT3H", (null, "years") → "PXY", (1, "decade") → "P10Y". */
export function durationValue(amount: number | null, unitWord: string): string {
  const w = unitWord.toLowerCase();
  const unit = DURATION_UNITS[UNIT_PLURALS[w] ?? w] ?? DURATION_UNITS[w.replace(/s$/, '')]!;
  const n = amount === null ? 'X' : String(Math.round(amount * unit.times * 100) / 100);
  return `P${unit.clock ? 'T' : ''}${n}${unit.letter}`;
}
