// Number parsing: digits with thousands separators and decimals, scale words and suffixes
// ("1.2 million", "3bn"), and numbers written in words ("twenty-three", "two hundred thousand").
import { NUMBER_WORD_VALUES as SMALL, SCALE_VALUES as SCALE, SCALE_WORDS } from '../../lang/en/numbers.js';

/** The words a number in words can open on ("a" only before a scale word: see WORD_NUMBER). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(SMALL), 'a'];
const WORD_ALT = Object.keys(SMALL).join('|');
const SCALE_ALT = SCALE_WORDS.join('|');
/** A number in words: "five", "twenty-three", "two hundred and fifty thousand", "a trillion". */
export const WORD_NUMBER = `(?:(?:${WORD_ALT}|a(?=[\\s-]+(?:${SCALE_ALT}|dozen)\\b))(?:(?:(?<=${SCALE_ALT})\\s+and\\s+|[\\s-]+)(?:${WORD_ALT}|${SCALE_ALT}))*)`;
/** A number in digits: "5,000", "19.2", "1.000.000" is not handled (English only). */
export const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;

/** Value of a number written in words, or null when the words are not a number ("a" alone). */
export function wordsToNumber(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!parts.length || (parts.length === 1 && parts[0] === 'a')) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const p of parts) {
    if (p === 'a') { current = 1; continue; }
    if (p in SMALL) { current += SMALL[p]!; seen = true; continue; }
    const scale = SCALE[p];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else { total += (current || 1) * scale; current = 0; }
    seen = true;
  }
  return seen ? total + current : null;
}

export function digitsToNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALE[word.toLowerCase()] ?? 1;
}
