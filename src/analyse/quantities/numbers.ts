// Number parsing: digits with thousands separators and decimals, scale words and suffixes
// ("1.2 million", "3bn"), and numbers written in words ("twenty-three", "two hundred thousand").

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
};

/** The words a number in words can open on ("a" only before a scale word: see WORD_NUMBER). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(SMALL), 'a'];
const WORD_ALT = Object.keys(SMALL).join('|');
/** A number in words: "five", "twenty-three", "two hundred and fifty thousand". */
export const WORD_NUMBER = `(?:(?:${WORD_ALT}|a(?=[\\s-]+(?:hundred|thousand|million|billion|dozen)\\b))(?:(?:(?<=hundred|thousand|million|billion)\\s+and\\s+|[\\s-]+)(?:${WORD_ALT}|hundred|thousand|million|billion|trillion))*)`;
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
