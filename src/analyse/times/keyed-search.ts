// Global searches over a whole article for patterns that can only match around a rare key word ("later", a unit
// of time, a season, a four-digit year). The engine tried every such pattern (long alternations of amounts and
// cue words) at every position of the text; here the text's words are indexed once, and a pattern is tried,
// anchored (sticky), only at the positions a few words before each of its keys. The first anchored match at or
// after a position is the one a global search from there finds, so when every possible match start is among
// the positions tried, the matches are the same as matchAll's.
//
// What makes the positions complete, for a pattern and its keys:
// - every match holds a whole key: a maximal run of ASCII letters (compared in lower case) or of digits, that the
//   caller names (the patterns are ASCII and /i without /u, so no other character can match their letters);
// - between a match's start and its key lie at most as many runs of separators (JS whitespace and "-") as one
//   match of the pattern can hold, read from its source (`separatorRuns`); a pattern whose matches may hold any
//   number of them (a repeated group with a space in it) is searched as before.
// `verifyKeyedSearch(true)` (tests) runs the plain search beside each keyed one and throws if they differ.

import { separatorRuns } from './separator-runs.js';

const SPACE = /\s/;
const isSeparator = (c: number) => c === 45 /* - */ || SPACE.test(String.fromCharCode(c));
const isAsciiWord = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

export interface KeyedPattern {
  re: RegExp;
  sticky: RegExp | null;
  /** letter runs (lower case) that are keys */
  words: ReadonlySet<string>;
  /** beginnings of letter runs (lower case) that are keys: a pattern whose key word may go on ("quarter" of "quarterly") */
  prefixes: readonly string[];
  /** digit runs that are keys */
  digits: ((run: string) => boolean) | null;
  /** most separator runs between a match's start and its key */
  runs: number;
  /** every match opens on an ASCII word character after a non-word one (the pattern starts with \b and a word) */
  atWordStart: boolean;
}

/**
 * A pattern searched near its keys: `words` are the letter runs (any case) and `digits` tests the digit runs of
 * which every match holds one; `opensMatch` when that run is where every match begins. `atWordStart` when every
 * alternative of the pattern opens on \b and a word character.
 */
export function keyed(re: RegExp, keys: { words?: Iterable<string>; prefixes?: string[]; digits?: (run: string) => boolean; opensMatch?: boolean }, atWordStart: boolean): KeyedPattern {
  const most = separatorRuns(re.source);
  const ok = re.global && !re.unicode && !re.sticky && most !== null;
  // a key that is the first word of every match ("\\b(?:phrase alternatives)" keyed on their first words) needs no window
  const runs = keys.opensMatch ? 0 : most ?? 0;
  const words = [...(keys.words ?? [])].map((w) => w.toLowerCase()), prefixes = (keys.prefixes ?? []).map((w) => w.toLowerCase());
  for (const w of words) register(keyWords, w);
  for (const x of prefixes) { register(keyPrefixes, x); prefixLength[x.length] = true; }
  return {
    re, sticky: ok ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null,
    words: new Set(words), prefixes,
    digits: keys.digits ?? null, runs, atWordStart,
  };
}

// Every key word and key prefix of every keyed pattern, by a hash of its letters: indexing a text hashes each
// letter run as it reads it and makes a string only for the runs whose hash is a key's (most words are not keys).
const keyWords = new Map<number, string[]>();
const keyPrefixes = new Map<number, string[]>();
/** prefixLength[n]: some key prefix is n letters long */
const prefixLength: boolean[] = [];
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + (c | 32)) | 0;
function hashOf(w: string): number { let h = 0; for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i)); return h; }
function register(to: Map<number, string[]>, w: string): void {
  if (!/^[a-z]+$/.test(w)) throw new Error(`a key must be ASCII letters: "${w}"`);
  const h = hashOf(w), list = to.get(h) ?? [];
  if (!list.includes(w)) list.push(w);
  to.set(h, list);
  last = null;
}
/** Whether text[from, from + w.length) is w, ASCII case ignored. */
function sameLetters(text: string, from: number, w: string): boolean {
  for (let i = 0; i < w.length; i++) if ((text.charCodeAt(from + i) | 32) !== w.charCodeAt(i)) return false;
  return true;
}

interface WordIndex { text: string; byKey: Map<string, number[]>; digitRuns: Array<[number, string]> }
let last: WordIndex | null = null;

/** Where the text's key words and key prefixes stand (maximal runs of ASCII letters), and its digit runs; kept for the last text. */
function wordIndex(text: string): WordIndex {
  if (last && last.text === text) return last;
  const byKey = new Map<string, number[]>();
  const note = (w: string, at: number) => { const list = byKey.get(w); if (list) list.push(at); else byKey.set(w, [at]); };
  const digitRuns: Array<[number, string]> = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i, h = 0;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (!isLetter(d)) break;
        h = hashStep(h, d);
        if (prefixLength[j - i + 1]) { const ps = keyPrefixes.get(h); if (ps) for (const x of ps) if (x.length === j - i + 1 && sameLetters(text, i, x)) note(`${x}*`, i); }
      }
      const ws = keyWords.get(h);
      if (ws) for (const w of ws) if (w.length === j - i && sameLetters(text, i, w)) note(w, i);
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      digitRuns.push([i, text.slice(i, j)]);
      i = j;
    } else i++;
  }
  return (last = { text, byKey, digitRuns });
}

/** The keys' positions, in order. */
function keyPositions(p: KeyedPattern, index: WordIndex): number[] {
  const out: number[] = [];
  for (const w of p.words) { const at = index.byKey.get(w); if (at) for (const k of at) out.push(k); }
  for (const x of p.prefixes) { const at = index.byKey.get(`${x}*`); if (at) for (const k of at) out.push(k); }
  if (p.digits) for (const [k, run] of index.digitRuns) if (p.digits(run)) out.push(k);
  return out.sort((a, b) => a - b);
}

/**
 * Start of the stretch before `k` that holds at most `runs` runs of separators, or `floor` if that is later: the
 * walk stops there, so that keys packed into one long token ("days,days,…") are not each walked back over it.
 */
function windowStart(text: string, k: number, runs: number, floor: number): number {
  let i = k;
  for (let r = 0; ; r++) {
    while (i > floor && !isSeparator(text.charCodeAt(i - 1))) i--;
    if (r === runs || i <= floor) return i;
    while (i > floor && isSeparator(text.charCodeAt(i - 1))) i--;
  }
}

let verify = false;
/** Tests: compare every keyed search with the plain one. */
export function verifyKeyedSearch(on: boolean): void { verify = on; }

function plainMatches(re: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(re)] as RegExpExecArray[];
}

/** Every match of the pattern in `text`, as `text.matchAll(p.re)` gives them. */
export function keyedMatches(p: KeyedPattern, text: string): RegExpExecArray[] {
  if (!p.sticky) return plainMatches(p.re, text);
  const out: RegExpExecArray[] = [];
  const index = wordIndex(text);
  let from = 0, tried = -1;
  for (const k of keyPositions(p, index)) {
    if (k < from) continue;
    const floor = Math.max(from, tried + 1);
    for (let at = windowStart(text, k, p.runs, floor); at <= k; at++) {
      tried = at;
      if (p.atWordStart && (!isAsciiWord(text.charCodeAt(at)) || (at > 0 && isAsciiWord(text.charCodeAt(at - 1))))) continue;
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(text);
      if (!m) continue;
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
      break;
    }
  }
  if (verify) {
    const plain = plainMatches(p.re, text);
    const show = (ms: RegExpExecArray[]) => JSON.stringify(ms.map((m) => [m.index, ...m]));
    if (show(plain) !== show(out)) throw new Error(`keyed search of /${p.re.source.slice(0, 60)}…/ differs: ${show(out)} vs ${show(plain)}`);
  }
  return out;
}
