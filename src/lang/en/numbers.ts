// English number words (figures, durations, dates): one list each, read by src/analyse/quantities/ and
// src/analyse/times/ and by the other English lists.

/** Number words and their values: "twenty-three", "a dozen". */
export const NUMBER_WORD_VALUES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
/** Scale words, written out: "1.2 million", "two hundred thousand". */
export const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion'];
/** Scale abbreviations written after a space or glued to the figure: "3bn", "5 mln". */
export const SCALE_ABBREVIATIONS = ['bn', 'mn', 'mln', 'tn'];
/** The value of each scale word and abbreviation ("k", "m", "b" only after a currency: see the quantities annotator). */
export const SCALE_VALUES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
};
/** Ordinal endings after digits: "21st", "3rd". */
export const ORDINAL_SUFFIX_PATTERN = '(?:st|nd|rd|th)';
/** Number words of the tens ("twenty" … "ninety") and of the ones ("one" … "nine"), which combine: "twenty-five". */
export const TENS_WORDS = Object.keys(NUMBER_WORD_VALUES).filter((w) => NUMBER_WORD_VALUES[w]! >= 20);
export const ONES_WORDS = Object.keys(NUMBER_WORD_VALUES).filter((w) => NUMBER_WORD_VALUES[w]! >= 1 && NUMBER_WORD_VALUES[w]! <= 9);
