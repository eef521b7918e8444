// Global searches for patterns of the form \b(?:word alternatives)…, tried only at the words that can open them.
// The stance cues, the claim verbs and the event triggers are such patterns, each run over every sentence: the
// engine tried all their alternatives at every word of every sentence. Every match opens on a word start (the
// \b before a letter) whose letters begin with the literal letters an alternative opens on ("press" of
// "press(?:ed|es|ing)", "fake" of "fakes?", "to" and "will" of "(?:to|will) meet"); the pattern is tried,
// anchored (sticky), only there. The first anchored match at or after a position is the one a global search from
// that position finds, so the matches are the same. A pattern whose alternatives cannot all be read this way is
// searched as before.

const MAX_LETTERS = 24;

// The folded words are made of the letters a–z only. A word is keyed by its first two letters (`pairKey`); `byPair[key]`
// holds the opening letters a word of that key may begin with (those of one letter under every key of that letter),
// null when none: most words are rejected by one array read, before any string is compared.
interface Anchored { sticky: RegExp; byPair: Array<string[] | null> }

const PAIRS = 26 * 27;
/** a–z, then a–z or nothing (a one-letter word): 0 … 701. */
const pairKey = (first: number, second: number) => (first - 97) * 27 + (second >= 97 ? second - 96 : 0);

const anchoredOf = new WeakMap<RegExp, Anchored | null>();

/** The index of the parenthesis closing the group opened at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < s.length && s[i] !== ']') { if (s[i] === '\\') i++; i++; } continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a group's body. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '(' ) { i = closing(body, i); if (i < 0) return []; continue; }
    if (c === '[') { while (i < body.length && body[i] !== ']') { if (body[i] === '\\') i++; i++; } continue; }
    if (c === '|') { out.push(body.slice(from, i)); from = i + 1; }
  }
  out.push(body.slice(from));
  return out;
}

/** The letters every match of one alternative opens on, one string per way it can open; null if unknown. */
function openingLetters(alt: string): string[] | null {
  // a lookbehind before the first letter looks at text before the match start: it does not move it
  while (alt.startsWith('(?<!') || alt.startsWith('(?<=')) { const e = closing(alt, 0); if (e < 0) return null; alt = alt.slice(e + 1); }
  if (alt.startsWith('(?:')) {
    const e = closing(alt, 0);
    if (e < 0 || /^[?*{]/.test(alt.slice(e + 1))) return null; // an optional group: its opening words are not required
    const out: string[] = [];
    for (const a of alternatives(alt.slice(3, e))) { const l = openingLetters(a); if (!l) return null; out.push(...l); }
    return out;
  }
  let letters = '';
  for (let i = 0; i < alt.length && /[a-z]/i.test(alt[i]!) && !/^[?*{]/.test(alt.slice(i + 1)); i++) letters += alt[i]!.toLowerCase();
  return letters ? [letters] : null;
}

function anchored(re: RegExp): Anchored | null {
  let a = anchoredOf.get(re);
  if (a !== undefined) return a;
  a = null;
  if (re.source.startsWith('\\b(?:') && re.global) {
    const e = closing(re.source, 2);
    // the group must be required, and the only way to match (no "|" after it at the top level)
    const rest = e < 0 ? '' : re.source.slice(e + 1);
    const required = e >= 0 && !/^[?*{]/.test(rest) && alternatives(rest).length === 1;
    const opens = required ? alternatives(re.source.slice(5, e)).map(openingLetters) : null;
    if (opens?.length && opens.every((o) => o !== null && o.every((l) => l.length <= MAX_LETTERS))) {
      const byFirst = new Map<string, string[]>();
      for (const l of opens.flat() as string[]) { const list = byFirst.get(l[0]!) ?? []; if (!list.includes(l)) list.push(l); byFirst.set(l[0]!, list); }
      const byPair: Array<string[] | null> = new Array<string[] | null>(PAIRS).fill(null);
      const add = (key: number, l: string) => { const list = byPair[key] ?? (byPair[key] = []); if (!list.includes(l)) list.push(l); };
      for (const list of byFirst.values()) {
        for (const l of list) {
          const first = l.charCodeAt(0);
          if (l.length >= 2) add(pairKey(first, l.charCodeAt(1)), l);
          else for (let second = 0; second <= 26; second++) add(pairKey(first, second ? 96 + second : 0), l);
        }
      }
      a = { sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), byPair };
    }
  }
  anchoredOf.set(re, a);
  return a;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x17f || c === 0x212a;
const isAsciiWord = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/**
 * Word starts of a text with their first letters (at most MAX_LETTERS) folded as case-insensitive matching folds
 * them (with /iu also "ſ" as s and the Kelvin sign as k): any such letter not after an ASCII word character. Only the
 * last text's are kept, in buffers reused from text to text (the quotes' cue search gives a new slice per call: new
 * arrays per call were the most allocated objects of the analysis).
 */
interface WordStarts {
  count: number;
  at: Int32Array;
  /** letters read (at most MAX_LETTERS) */
  length: Int32Array;
  key: Int32Array;
  /** the folded letters of a word holding "ſ" or the Kelvin sign, by its index; none for ASCII words, compared in the text itself */
  folded: Map<number, string>;
}
let lastText: string | null = null;
const last: WordStarts = { count: 0, at: new Int32Array(256), length: new Int32Array(256), key: new Int32Array(256), folded: new Map() };
function wordStarts(text: string): WordStarts {
  if (text === lastText) return last;
  const w = last;
  w.count = 0; w.folded.clear();
  lastText = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) || (i > 0 && isAsciiWord(text.charCodeAt(i - 1)))) continue;
    let j = i + 1, odd = c > 127;
    for (; j < text.length && j - i < MAX_LETTERS; j++) { const d = text.charCodeAt(j); if (!isLetter(d)) break; if (d > 127) odd = true; }
    if (w.count === w.at.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(2 * a.length); b.set(a); return b; };
      w.at = grow(w.at); w.length = grow(w.length); w.key = grow(w.key);
    }
    const k = w.count++;
    w.at[k] = i;
    w.length[k] = j - i;
    if (odd) {
      // toLowerCase maps the Kelvin sign to k; "ſ" is lower case already
      const word = text.slice(i, j).toLowerCase().replace(/ſ/g, 's');
      w.folded.set(k, word);
      w.key[k] = pairKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
    } else {
      // ASCII letters: | 32 is their lower case
      w.key[k] = pairKey(c | 32, j - i > 1 ? text.charCodeAt(i + 1) | 32 : 0);
    }
    // the letters after an ASCII letter start no word; after "ſ" or the Kelvin sign they may
    if (!odd) i = j - 1;
  }
  lastText = text;
  return w;
}

/** Whether the word of `length` ASCII letters at `at` of `text` begins with `letters` (lower case a–z). */
function asciiOpensWith(text: string, at: number, length: number, letters: string): boolean {
  if (letters.length > length) return false;
  for (let i = 0; i < letters.length; i++) if ((text.charCodeAt(at + i) | 32) !== letters.charCodeAt(i)) return false;
  return true;
}

/** Every match of a global pattern in `text`, as repeated exec gives them. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const a = anchored(re);
  if (!a) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) { out.push(m); if (!m[0]) re.lastIndex++; }
    return out;
  }
  let from = 0;
  const w = wordStarts(text);
  const byPair = a.byPair;
  for (let k = 0, n = w.count; k < n; k++) {
    const opens = byPair[w.key[k]!];
    if (opens === null) continue;
    const at = w.at[k]!;
    if (at < from) continue;
    const folded = w.folded.size ? w.folded.get(k) ?? null : null, length = w.length[k]!;
    let opening = false;
    for (let j = 0; j < opens!.length && !opening; j++) opening = folded === null ? asciiOpensWith(text, at, length, opens![j]!) : folded.startsWith(opens![j]!);
    if (!opening) continue;
    a.sticky.lastIndex = at;
    const m = a.sticky.exec(text);
    if (m) { out.push(m); from = m.index + Math.max(1, m[0].length); }
  }
  return out;
}

/** Whether `re` is searched at its opening words (false: it is searched as a plain global pattern). */
export const isAnchored = (re: RegExp): boolean => anchored(re) !== null;
