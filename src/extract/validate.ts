// Refuses inputs that decoded fine but hold no article: data files (JSON, CSV/TSV dumps), link lists and
// menus, text without words. Everything else is news, however short: a 20-word brief, a results table,
// a one-line item without a final full stop. Every check is one linear pass (hostile input must not
// make it quadratic).
import { InputError } from '../model/errors.js';
import type { ExtractedArticle } from './types.js';

/** Fewer words than this is a label, not an item of news. */
const MIN_WORDS = 8;
/** A line this long is prose even without punctuation (an unpunctuated one-sentence item). */
const PROSE_LINE_WORDS = 8;
/** A run of this many words ending in sentence punctuation is a sentence. */
const SENTENCE_WORDS = 3;

const SENTENCE_END = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।']);
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER = /[\p{L}\p{N}]/u;

export function assertArticle(raw: string, extracted: ExtractedArticle, name: string): void {
  if (isJson(raw)) throw new InputError(name, 'not an article: JSON data');
  if (isDelimitedData(raw)) throw new InputError(name, 'not an article: delimited data (CSV/TSV rows)');
  const text = extracted.text;
  const words = countWords(text, MIN_WORDS);
  if (words === 0) throw new InputError(name, 'no article text found');
  if (words < MIN_WORDS) throw new InputError(name, `not an article: only ${words} words of body text`);
  if (isLinkList(text)) throw new InputError(name, 'not an article: a list of short lines with no sentence (a menu or link list)');
}

function isJson(raw: string): boolean {
  if (!/^\s*[[{]/.test(raw.slice(0, 256))) return false;
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Words in the text, counting no further than `enough`. Letters and digits in runs are one word each;
 * Chinese and Japanese characters, written without spaces, count about two to a word.
 */
export function countWords(text: string, enough = Infinity): number {
  let words = 0, cjk = 0, inWord = false;
  for (const ch of text) {
    if (CJK.test(ch)) {
      inWord = false;
      if (++cjk === 2) { cjk = 0; words++; }
    } else if (LETTER.test(ch)) {
      if (!inWord) words++;
      inWord = true;
    } else if (ch !== '\'' && ch !== '’' && ch !== '-') {
      inWord = false;
    }
    if (words + (cjk ? 1 : 0) >= enough) return enough;
  }
  return words + (cjk ? 1 : 0);
}

/**
 * True when some run of at least `minWords` words ends in sentence punctuation (Latin, CJK, Arabic,
 * Devanagari). One pass: the word count restarts at each sentence end or line break.
 */
export function hasSentence(text: string, minWords = SENTENCE_WORDS): boolean {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || SENTENCE_END.has(ch)) {
      if (i < text.length && ch !== '\n' && countWords(text.slice(start, i), minWords) >= minWords) return true;
      start = i + 1;
    }
  }
  return false;
}

/**
 * Rows of a spreadsheet: at least three lines, and nine in ten carry the same number (two or more) of one
 * delimiter, with no line of prose among them.
 */
function isDelimitedData(raw: string): boolean {
  const lines = raw.slice(0, 200_000).split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 3) return false;
  for (const delimiter of [',', '\t', ';', '|']) {
    const counts = new Map<number, number>();
    for (const l of lines) {
      const n = l.split(delimiter).length - 1;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const common = Math.max(0, ...counts.values());
    if (common >= lines.length * 0.9 && !lines.some((l) => hasSentence(l, 6))) return true;
  }
  return false;
}

/**
 * A menu or a list of links: every line short, none a sentence, and words rather than figures (a results
 * table is short lines too, but of names and scores).
 */
function isLinkList(text: string): boolean {
  if (hasSentence(text)) return false;
  let lines = 0, withFigures = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (countWords(t, PROSE_LINE_WORDS) >= PROSE_LINE_WORDS) return false;
    lines++;
    const tokens = t.split(/\s+/);
    if (tokens.filter((x) => /^[\d.,:%()+-]+$/.test(x)).length >= tokens.length / 4) withFigures++;
  }
  return lines > 0 && withFigures < lines / 2;
}
