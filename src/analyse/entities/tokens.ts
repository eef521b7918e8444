// Word tokens with offsets, split into sentences; possessive "'s" becomes its own token.
import type { ArticleDoc } from '../document.js';
import { NAME_PARTICLE_PREFIX } from '../../lang/en/entity-cues.js';
import { COMPANY_ABBREVIATIONS, NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lang/en/abbreviations.js';

export interface Token { text: string; start: number; end: number; sentence: number; index: number }

const LETTER_FIRST = /^\p{L}/u, ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED: ReadonlySet<string> = new Set([...COMPANY_ABBREVIATIONS, ...NAME_ABBREVIATIONS, ...TITLE_ABBREVIATIONS]);

// The entities annotator and the description lookups of quotes and events read the same tokens: worked out
// once per document (and again only if its text or sentences are replaced). Callers never change them.
const tokensOf = new WeakMap<ArticleDoc, { text: string; sentences: ArticleDoc['sentences']; count: number; tokens: Token[][] }>();

export function tokenize(doc: ArticleDoc): Token[][] {
  const known = tokensOf.get(doc);
  if (known && known.text === doc.text && known.sentences === doc.sentences && known.count === doc.sentences.length) return known.tokens;
  const tokens = doc.sentences.map((s, si) => tokenizeRange(doc.text, s.start, s.end, si));
  tokensOf.set(doc, { text: doc.text, sentences: doc.sentences, count: doc.sentences.length, tokens });
  return tokens;
}

/** "Kremlin’s" → the length of "Kremlin" (what /^(.+?)['’]s$/ captured), or -1. */
function possessiveStem(word: string): number {
  const n = word.length;
  return n >= 3 && word.charCodeAt(n - 1) === 115 && (word[n - 2] === "'" || word[n - 2] === '’') ? n - 2 : -1;
}

// The tokens are what /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/u matches (letters and digits
// joined by one of ' ’ - . & between two of them, or any other character that is not a space), found by a scanner
// rather than by the expression: its Unicode classes and match objects were the largest cost of the annotator
// outside the tagger. A code point's class is asked of an expression once and kept (test/entities/tokens.test.ts
// compares scanner and expression on random text).
const WORD_CHAR = 1, SPACE = 2, OTHER = 3;
const classes = new Uint8Array(0x10000);
const classify = (cp: number) => { const ch = String.fromCodePoint(cp); return /^[\p{L}\p{N}]$/u.test(ch) ? WORD_CHAR : /^\s$/u.test(ch) ? SPACE : OTHER; };
const classOf = (cp: number) => { if (cp > 0xffff) return classify(cp); return classes[cp] || (classes[cp] = classify(cp)); };
/** The code point at i, not reading past `to` (a surrogate pair cut at `to` is a lone surrogate, as in a slice). */
const codePoint = (text: string, i: number, to: number) => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff && i + 1 < to ? text.codePointAt(i)! : c; };
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;

/** Where the run of letters and digits from i ends (at most `to`). */
function runEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const cp = codePoint(text, i, to);
    if (classOf(cp) !== WORD_CHAR) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The tokens of text[start, end) (one sentence), with offsets into the whole text. */
export function tokenizeRange(text: string, from: number, to: number, si: number): Token[] {
  const toks: Token[] = [];
  for (let i = from; i < to;) {
    const cp = codePoint(text, i, to);
    const kind = classOf(cp);
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    if (kind === SPACE) continue;
    if (kind === WORD_CHAR) {
      i = runEnd(text, i, to);
      while (i + 1 < to && isJoiner(text.charCodeAt(i)) && classOf(codePoint(text, i + 1, to)) === WORD_CHAR) i = runEnd(text, i + 1, to);
    }
    let end = i;
    let word = text.slice(start, end);
    // Possessive: "Kremlin’s" → "Kremlin" + "’s".
    const stem = possessiveStem(word);
    if (stem > 0 && LETTER_FIRST.test(word)) {
      const stemEnd = start + stem;
      toks.push({ text: word.slice(0, stem), start, end: stemEnd, sentence: si, index: toks.length });
      toks.push({ text: text.slice(stemEnd, end), start: stemEnd, end, sentence: si, index: toks.length });
      continue;
    }
    // Keep the dot of abbreviations and initials ("U.S.", "Inc.", "J.") but not a full stop.
    if (text[end] === '.' && (word.includes('.') || DOTTED.has(word.toLowerCase()) || ONE_CAPITAL.test(word))) {
      end++; word += '.';
    }
    toks.push({ text: word, start, end, sentence: si, index: toks.length });
  }
  return toks;
}

// The first-letter checks read an ASCII first character directly (most words): the same answers as /^\p{Lu}/u and
// /^\p{L}/u, which are asked only of other characters.
const UPPER_FIRST = /^\p{Lu}/u;
/** The word opens with an upper-case letter (/^\p{Lu}/u). */
export const startsUpper = (w: string) => { const c = w.charCodeAt(0); return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w); };
/** The word opens with a letter (/^\p{L}/u). */
export const startsLetter = (w: string) => { const c = w.charCodeAt(0) | 32; return c < 128 ? c >= 97 && c <= 122 : LETTER_FIRST.test(w); };
export const isCapitalised = (w: string) => startsUpper(w) || NAME_PARTICLE_PREFIX.test(w);
export const isAllCaps = (w: string) => /^\p{Lu}[\p{Lu}\d.&]+$/u.test(w);
