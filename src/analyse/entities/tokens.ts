// Word tokens with offsets, split into sentences; possessive "'s" becomes its own token.
import type { ArticleDoc } from '../document.js';
import { NAME_PARTICLE_PREFIX } from '../../lang/en/entity-cues.js';
import { COMPANY_ABBREVIATIONS, NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../../lang/en/abbreviations.js';

export interface Token { text: string; start: number; end: number; sentence: number; index: number }

const WORD = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
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

/** The tokens of text[start, end) (one sentence), with offsets into the whole text. */
export function tokenizeRange(text: string, from: number, to: number, si: number): Token[] {
  const toks: Token[] = [];
  const chunk = text.slice(from, to);
  // one shared expression stepped with exec (matchAll copies the expression on every call: once per sentence)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const start = from + m.index;
    let end = start + m[0].length;
    let word = m[0];
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

export const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) || NAME_PARTICLE_PREFIX.test(w);
export const isAllCaps = (w: string) => /^\p{Lu}[\p{Lu}\d.&]+$/u.test(w);
