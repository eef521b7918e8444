// Line-level features of scraped plain text: normalisation, word counts, sentence shape, list markers.
// Every other module of the text extractor decides on these cheap features, never on site-specific strings.
import { boundedMemo } from '../../model/memo.js';

export interface Line {
  /** index in the normalised line array */
  index: number;
  /** the line trimmed, inner whitespace kept */
  text: string;
}

/** Splits input into trimmed lines (CRLF/CR aware, no-break and zero-width spaces normalised). */
export function splitLines(input: string): Line[] {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .split('\n')
    // most lines hold single spaces only, which the replacement would copy into a new string unchanged
    .map((text, index) => ({ index, text: (/[\t\f\v]| {2}/.test(text) ? text.replace(/[ \t\f\v]+/g, ' ') : text).trim() }));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

// The classifiers ask for the same lines' word counts many times: a bounded memo keeps it linear.
/** Words, counting scripts written without spaces (Chinese, Japanese) at about two characters a word. */
export const wordCount: (text: string) => number = boundedMemo((text: string) => {
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = cjk ? text.replace(CJK, ' ') : text;
  return (spaced.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu) ?? []).length + Math.round(cjk / 2);
}, 20_000);

/** Share of words that start with a capital: title-case headlines score high, prose low. */
export function capitalRatio(text: string): number {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!words.length) return 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/** A long line in sentence case, even without final punctuation (a cut or unpunctuated paragraph). */
export function isProseLine(text: string): boolean {
  return wordCount(text) >= 15 && capitalRatio(text) < 0.35 && CASELESS_OR_LOWER.test(text) && !isUnstoppedCjk(text);
}

/**
 * Chinese or Japanese without a full stop, question or exclamation mark anywhere (。！？): a headline or a link, however
 * long its run of characters (a run of 40 counts 20 words), not a paragraph cut off.
 */
function isUnstoppedCjk(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk * 2 > text.length && !/[。！？]/u.test(text);
}

const SENTENCE_END = new Set('.!?…。！？؟');
const CLOSERS = new Set('"”’»)]」』）');

/**
 * Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. Read backwards from the end (the
 * pattern `[.!?…]["”’»)\]]*$` was tried from every character of the line): no mark is both, so the last character
 * before the closing run decides.
 */
export function endsSentence(text: string): boolean {
  let j = text.length;
  while (j > 0 && CLOSERS.has(text[j - 1]!)) j--;
  return j > 0 && SENTENCE_END.has(text[j - 1]!);
}

// Scripts without case (Chinese, Japanese, Arabic, Hebrew, Thai: \p{Lo}) start every line "upper" and
// write prose "lower": the case tests below treat them so, instead of failing on every line.
const CASELESS_OR_LOWER = /[\p{Ll}\p{Lo}]/u;

export function startsUpper(text: string): boolean {
  return /^["“‘«(「『【]?[\p{Lu}\p{N}\p{Lo}]/u.test(text);
}

export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

const LIST_MARKER = /^(?:[-•*–—·▪◦●■]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)/u;

/** The list marker at the start of a line ("- ", "• ", "1. ", "a) "), or null. */
export function listMarker(text: string): string | null {
  const m = LIST_MARKER.exec(text);
  return m ? m[0] : null;
}

export function stripListMarker(text: string): string {
  const m = listMarker(text);
  return m ? text.slice(m.length).trim() : text;
}

/** A line made only of separator characters ("-", "—", "•", "|", "***"). */
export function isSeparator(text: string): boolean {
  return /^[-–—•*·|_=~#]+$/u.test(text);
}

/**
 * A real body paragraph: a long sentence-like line. Headlines are short or lack the final
 * punctuation, so this is what ends related-link blocks and anchors the body region.
 */
export function isBodyLike(text: string): boolean {
  const w = wordCount(stripListMarker(text));
  if (w >= 12 && endsSentence(text)) return true;
  // a long line with a sentence break inside is prose even when cut off at the end
  return w >= 20 && /[.!?]["”’]?\s+\p{Lu}|[。！？]["”’」』]?\s*[\p{Lo}「『]/u.test(text);
}

/** A short sentence that still belongs to the body ("He denied it.", "“We will win,” she said."). */
export function isShortSentence(text: string): boolean {
  const w = wordCount(text);
  return w >= 3 && endsSentence(text) && CASELESS_OR_LOWER.test(text) && !/^[\p{Lu}\s\p{P}\d]+$/u.test(text);
}

/**
 * Title-like: short, starts upper-case or with a digit, no final full stop/comma/colon.
 * A question mark or exclamation is allowed (headlines ask questions).
 */
export function isTitleLike(text: string): boolean {
  const w = wordCount(text);
  return w >= 1 && w <= 16 && text.length <= 150 && startsUpper(text) && !/[.,;:…]["”’]?$/u.test(text) && !listMarker(text);
}

/** Every word of four or more letters capitalised ("Zambia Finishes Debt Overhaul With Last Deal"). */
export function isHeadlineCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 4 && long.every((x) => /^\p{Lu}/u.test(x));
}
