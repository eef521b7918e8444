// Term weighting for story clustering: content words with incrementally updated document
// frequencies, so tf-idf works as articles stream in without a second pass over the collection.
import { STORY_STOP_WORDS } from '../lang/en/stop-words.js';
import { boundedMemo } from '../model/memo.js';

const STOP = new Set(STORY_STOP_WORDS);

const LETTER = /^\p{L}$/u;
const letterCache = new Map<number, boolean>();
/** Whether a code point is a letter: ASCII by range, the rest by Unicode property (memoised per code point). */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let v = letterCache.get(cp);
  if (v === undefined) { v = LETTER.test(String.fromCodePoint(cp)); letterCache.set(cp, v); }
  return v;
}

/**
 * The words of a text as the pattern /\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu finds them (a letter, then letters,
 * apostrophes and hyphens, ending on a letter), by one scan of code points: the regex was a fifth of the
 * time of placing an article in a story.
 */
export function letterWords(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (!isLetter(cp)) { i += len; continue; }
    let j = i + len, end = j;
    while (j < n) {
      const c = s.codePointAt(j)!;
      const l = c > 0xffff ? 2 : 1;
      if (isLetter(c)) { j += l; end = j; } else if (c === 39 || c === 0x2019 || c === 45) j += l; else break;
    }
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** Texts whose content words are kept: placing an article splits its title, lead and body twice (weighted and section counts). */
const RECENT_TEXTS = 32;
/** The content words of a text (read only: the array may be shared with the next caller of the same text). */
export const contentWords: (text: string) => readonly string[] = boundedMemo(splitContentWords, RECENT_TEXTS);

function splitContentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of letterWords(text.toLowerCase())) {
    if (w.length < 3 || STOP.has(w)) continue;
    // Light plural folding keeps "talks"/"talk", "sanctions"/"sanction" together.
    out.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

export type Vector = Map<string, number>;

export class TermStats {
  private df = new Map<string, number>();
  /** per source (site): documents seen and document frequencies, to spot a source's own boilerplate */
  private bySource = new Map<string, { docs: number; df: Map<string, number> }>();
  docs = 0;

  /** Count one document's distinct features. */
  observe(features: Iterable<string>, source?: string | null): void {
    this.docs++;
    const s = source ? this.bySource.get(source) ?? { docs: 0, df: new Map<string, number>() } : null;
    if (s && source) { s.docs++; this.bySource.set(source, s); }
    for (const f of new Set(features)) {
      this.df.set(f, (this.df.get(f) ?? 0) + 1);
      if (s) s.df.set(f, (s.df.get(f) ?? 0) + 1);
    }
  }

  /**
   * Inverse document frequency; with a source, a feature found in more than `SOURCE_SHARE` of that
   * source's documents (its press secretary, its boilerplate) is discounted in proportion: it says
   * who wrote the text, not what the text is about.
   */
  /** Documents seen so far with feature `f`. */
  count(f: string): number { return this.df.get(f) ?? 0; }

  idf(f: string, source?: string | null): number {
    const base = baseIdf(this.docs, this.df.get(f) ?? 0);
    const s = source ? this.bySource.get(source) : undefined;
    if (!s) return base;
    return sourceDiscount(base, s.docs, s.df.get(f) ?? 0);
  }
}

/** What `idf` needs: the in-memory TermStats, or the store's counts (src/story/incremental.ts). */
export interface TermWeights { idf(f: string, source?: string | null): number }

export const baseIdf = (docs: number, df: number) => Math.log((docs + 1) / (df + 1)) + 1;

/** The idf of a feature found in `sourceDf` of a source's `sourceDocs` documents (see TermStats.idf). */
export function sourceDiscount(base: number, sourceDocs: number, sourceDf: number): number {
  if (sourceDocs < SOURCE_MIN_DOCS) return base;
  const share = sourceDf / sourceDocs;
  return share > SOURCE_SHARE ? base * (SOURCE_SHARE / share) : base;
}

export const SOURCE_SHARE = 0.15;
const SOURCE_MIN_DOCS = 8;

export function normalise(v: Vector): Vector {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  for (const [k, x] of v) v.set(k, x / n);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) { const y = big.get(k); if (y) s += x * y; }
  return s;
}
