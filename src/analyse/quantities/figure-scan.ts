// Where a figure can start, found without the figure pattern. The figure pattern (CORE in index.ts) is a long
// alternation that the engine tries at every word start of every sentence, and that was most of the quantities
// stage. A match can only open on a character that is not an ASCII letter (a digit, ".", a currency sign) or on a
// word that opens a number in words or a currency code ("five", "a", "US" of "US$", "KSh"); everywhere else the
// pattern fails, so it is tried, anchored, only at those positions. Of the other characters only a digit, a "."
// before a digit (".5") and the first character of a currency sign ("$", "€") can open one: the figure pattern is an
// optional currency prefix, then a number in digits or words. The first anchored match at or after a
// position is the match a global search from there finds: the same figures, in the same order.
import { NUMBER_WORDS } from './numbers.js';
import { CURRENCY_SIGN_OPENERS, CURRENCY_WORDS } from './units.js';

const OPENING_WORDS = new Set([...NUMBER_WORDS, ...CURRENCY_WORDS]);

/** Case folding as /iu does it for \w: ASCII letters, plus "ſ" (a long s) and "K" (the Kelvin sign). */
function foldedLetter(code: number): string | null {
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code >= 97 && code <= 122) return String.fromCharCode(code);
  if (code === 0x17f) return 's';
  if (code === 0x212a) return 'k';
  return null;
}

const isWordChar = (code: number) => foldedLetter(code) !== null || (code >= 48 && code <= 57) || code === 95;

/** Whether a figure may open at `at`: a digit, "." before one, a currency sign, or a word start whose letters open a number or a currency. */
function mayOpen(text: string, at: number): boolean {
  const first = foldedLetter(text.charCodeAt(at));
  if (first === null) {
    const c = text.charCodeAt(at);
    if (c >= 48 && c <= 57) return true;
    if (c === 46) { const d = text.charCodeAt(at + 1); return d >= 48 && d <= 57; }
    return CURRENCY_SIGN_OPENERS.has(c);
  }
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  let word = first;
  for (let i = at + 1; i < text.length && word.length <= 9; i++) {
    const l = foldedLetter(text.charCodeAt(i));
    if (l === null) break;
    word += l;
  }
  return OPENING_WORDS.has(word);
}

/**
 * The leftmost match of `sticky` (the figure pattern with the y flag) starting at or after `from` in `text`,
 * or null; sets sticky.lastIndex past it, as a global search would.
 */
export function nextFigure(sticky: RegExp, text: string, from: number): RegExpExecArray | null {
  for (let at = from; at < text.length; at++) {
    if (!mayOpen(text, at)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}
