// Features of one token in its sentence and document, as strings the model looks up in its weight table.
// Static features (word, shape, affixes, neighbours, gazetteer and lexicon membership, word cluster,
// document evidence) are computed once per sentence; the label history is added by the decoder.
import { lookupPlace } from '../../shared/places.js';
import { DEMONYMS, GIVEN_NAMES, HONORIFICS, KNOWN_ORGS, ORG_WORDS, TITLE_WORDS } from '../../../lang/en/entities.js';

/** Word → cluster bit string (hierarchical path), learned from unlabelled news; optional. */
export type Clusters = Map<string, string>;

/** What the document as a whole says about a word form. */
export interface DocContext {
  /** capitalised forms seen somewhere other than at the start of a sentence */
  midCaps: Set<string>;
  /** lower-case word forms seen in the document */
  lowerSeen: Set<string>;
  /** document evidence about capitalised word forms, as features (docEvidence) */
  evidence: Map<string, string[]>;
  /** a first tagger's labels of capitalised word forms across the document, as features (first-pass.ts) */
  firstPass?: Map<string, string[]> | null;
  /** lower-case form → how the document writes it outside headlines (docCasing) */
  casing: Map<string, Casing>;
}

/** How a word is written inside sentences: always capitalised ("cap", with that form), never, or both. */
export interface Casing { kind: 'cap' | 'low' | 'both'; form: string }

const UPPER = /^\p{Lu}/u;
export const isCap = (w: string) => UPPER.test(w);
/** Tokens after which a capital letter proves nothing (a sentence or clause opens). */
export const OPENERS = /^[.!?…:;“"‘'`(\[–—-]$/;

export function docContext(sentences: string[][]): DocContext {
  const midCaps = new Set<string>(), lowerSeen = new Set<string>();
  for (const ws of sentences) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (isCap(w)) { if (i > 0 && !OPENERS.test(ws[i - 1]!)) midCaps.add(w); } else if (/^\p{Ll}/u.test(w)) lowerSeen.add(w);
    }
  }
  return { midCaps, lowerSeen, ...documentForms(sentences) };
}

/** What the document says about its word forms: read once per document, by both passes of a two-pass tagger. */
export interface DocumentForms { evidence: Map<string, string[]>; casing: Map<string, Casing> }
export const documentForms = (sentences: string[][]): DocumentForms => ({ evidence: docEvidence(sentences), casing: docCasing(sentences) });

/**
 * How the document writes each word inside its ordinary sentences (not first in a clause, not in a headline), so a
 * word of an all-capitals or title-case line can be read as the body writes it ("JAPAN" → "Japan", "WIN" → "win").
 */
export function docCasing(sentences: string[][]): Map<string, Casing> {
  const out = new Map<string, Casing>();
  for (const ws of sentences) {
    if (headline(ws)) continue;
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i]!;
      if (OPENERS.test(ws[i - 1]!) || !/^\p{L}/u.test(w)) continue;
      const l = w.toLowerCase(), c = out.get(l), kind = isCap(w) ? 'cap' : 'low';
      if (!c) out.set(l, { kind, form: w });
      else if (c.kind !== kind) { c.kind = 'both'; if (kind === 'cap') c.form = w; }
    }
  }
  return out;
}

/** Whether most of a sentence's words are capitalised (a headline: capitals say little there). */
export function headline(ws: string[]): boolean {
  let letters = 0, caps = 0;
  for (const w of ws) if (/^\p{L}/u.test(w)) { letters++; if (isCap(w)) caps++; }
  return mostlyCapitalised(letters, caps);
}

/** The headline test on counts (words starting with a letter, those capitalised): training and tagging share it. */
export const mostlyCapitalised = (letters: number, caps: number): boolean => letters >= 4 && caps >= 0.8 * letters;

/** The lexicon kinds of a word before a capitalised one that say it names a person (docEvidence's "dprev=…"). */
export const PERSON_CUES = new Set(['given', 'title', 'hon']);

/**
 * What the rest of the document says about each capitalised word form, outside headlines: its place in a longer
 * run of capitalised words ("Smith" last in "John Smith": dpos=L), a given name, title or honorific before it
 * somewhere ("dprev=given"), an organisation word after it ("dnext=orgword": "Acme" in "Acme Corp").
 */
export function docEvidence(sentences: string[][]): Map<string, string[]> {
  const ev = new Map<string, Set<string>>();
  const note = (w: string, f: string) => { let s = ev.get(w); if (!s) ev.set(w, (s = new Set())); s.add(f); };
  for (const ws of sentences) {
    if (headline(ws)) continue;
    const n = ws.length;
    for (let i = 0; i < n; i++) {
      if (!isCap(ws[i]!)) continue;
      let j = i;
      while (j + 1 < n && isCap(ws[j + 1]!)) j++;
      if (j > i) for (let k = i; k <= j; k++) note(ws[k]!, k === i ? 'dpos=F' : k === j ? 'dpos=L' : 'dpos=M');
      for (let k = i; k <= j; k++) {
        if (k > 0) { const p = ws[k - 1]!; for (const x of lexical(p, p.toLowerCase())) if (PERSON_CUES.has(x)) note(ws[k]!, `dprev=${x}`); }
        if (k + 1 < n && lexical(ws[k + 1]!, ws[k + 1]!.toLowerCase()).includes('orgword')) note(ws[k]!, 'dnext=orgword');
      }
      i = j;
    }
  }
  return new Map([...ev].map(([w, s]) => [w, [...s].sort()]));
}

/** Word shape with runs collapsed: "McDonald" → "XxXx", "U.S." → "X.X.", "2024" → "d". */
export function shape(w: string): string {
  let out = '', last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by character code (the same classes as the regexes), the rest of Unicode by property
    const c = code < 128
      ? (code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch)
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

const kinds = new Map<string, string | null>();
/** Gazetteer kind of a name (memoised: the same names recur across sentences and documents). */
export const placeKind = (s: string): string | null => {
  let k = kinds.get(s);
  if (k !== undefined) return k;
  const p = lookupPlace(s);
  k = !p ? null : p.kind === 'city' ? (p.population >= 100_000 ? 'city' : 'town') : p.kind;
  if (kinds.size > 100_000) kinds.clear();
  kinds.set(s, k);
  return k;
};
export const gazOf = (w: string) => (isCap(w) && w.length > 1 ? placeKind(w) : null);

/** Lexicon membership of one word (capitalised forms only: lower-case words are common nouns). */
export function lexical(w: string, lw: string): string[] {
  const out: string[] = [];
  if (TITLE_WORDS.has(lw)) out.push('title');
  if (lw in DEMONYMS) out.push('demonym');
  if (!isCap(w)) return out;
  if (GIVEN_NAMES.has(w)) out.push('given');
  if (KNOWN_ORGS.has(w)) out.push('org');
  if (ORG_WORDS.has(w)) out.push('orgword');
  if (HONORIFICS.has(w)) out.push('hon');
  return out;
}

/**
 * Features of the word alone, whatever its context, as [template, value] pairs (the feature is their
 * concatenation; a template ends with its only "="): the decoder looks values up per template without
 * building the strings, and caches their summed weights per word (which passes what it computed already: the lower
 * case, shape, lexicon kinds, gazetteer kind and cluster).
 */
export function wordFeatureParts(w: string, clusters: Clusters | null, l = w.toLowerCase(), s = shape(w), lex = lexical(w, l),
  g = gazOf(w), c = clusters?.get(l)): Array<[string, string]> {
  const f: Array<[string, string]> = [['b', ''], ['w=', w], ['l=', l], ['s=', s], ['p1=', l.slice(0, 1)], ['p2=', l.slice(0, 2)], ['p3=', l.slice(0, 3)],
    ['x1=', l.slice(-1)], ['x2=', l.slice(-2)], ['x3=', l.slice(-3)], ['x4=', l.slice(-4)]];
  for (const x of lex) f.push(['lx=', x]);
  if (g) f.push(['g=', g]);
  if (c) f.push(['c4=', c.slice(0, 4)], ['c8=', c.slice(0, 8)], ['c12=', c.slice(0, 12)], ['c=', c]);
  return f;
}

/** Features of the word alone, as the trainer names them. */
export function wordFeatures(w: string, clusters: Clusters | null): string[] {
  return wordFeatureParts(w, clusters).map(([t, v]) => t + v);
}

/** Features of each token in its sentence and document (the word's own features excepted). */
export function contextFeatures(ws: string[], doc: DocContext, clusters: Clusters | null, hints: string[] | null = null): string[][] {
  const n = ws.length;
  const lw = ws.map((w) => w.toLowerCase());
  const sh = ws.map(shape);
  const letters = ws.filter((w) => /^\p{L}/u.test(w));
  const caps = letters.filter(isCap).length;
  const mode = mostlyCapitalised(letters.length, caps) ? (letters.every((w) => w === w.toUpperCase()) ? 'AC' : 'TC') : '';
  const lex = ws.map((w, i) => lexical(w, lw[i]!));
  const gaz = ws.map(gazOf);
  const at = (a: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = ws[i]!, l = lw[i]!, s = sh[i]!;
    const initial = i === 0 || OPENERS.test(ws[i - 1]!);
    const f = [`s=${s}|${mode}`,
      `l-1=${at(lw, i - 1)}`, `l+1=${at(lw, i + 1)}`, `l-2=${at(lw, i - 2)}`, `l+2=${at(lw, i + 2)}`,
      `s-1=${at(sh, i - 1)}`, `s+1=${at(sh, i + 1)}`, `ss=${at(sh, i - 1)}|${s}|${at(sh, i + 1)}`,
      `b-1=${at(lw, i - 1)}|${l}`, `b+1=${l}|${at(lw, i + 1)}`];
    if (initial) f.push(`init|${s}`, `init=${l}`);
    if (mode) f.push(`mode=${mode}`);
    if (isCap(w)) {
      if (doc.midCaps.has(w)) f.push('midcap', `midcap|${initial}`);
      if (doc.lowerSeen.has(l)) f.push('lowseen', `lowseen|${initial}`);
    }
    for (const x of lex[i - 1] ?? []) f.push(`lx-1=${x}`);
    for (const x of lex[i + 1] ?? []) f.push(`lx+1=${x}`);
    const g = gaz[i];
    if (g) f.push(`g=${g}|${initial}`);
    if (gaz[i - 1]) f.push(`g-1=${gaz[i - 1]}`);
    if (gaz[i + 1]) f.push(`g+1=${gaz[i + 1]}`);
    // two-word place names ("New York", "Saudi Arabia"): the pair is in the gazetteer
    if (i + 1 < n && isCap(w) && isCap(ws[i + 1]!)) { const k = placeKind(`${w} ${ws[i + 1]}`); if (k) f.push(`gf=${k}`); }
    if (i > 0 && isCap(w) && isCap(ws[i - 1]!)) { const k = placeKind(`${ws[i - 1]} ${w}`); if (k) f.push(`gb=${k}`); }
    if (hints) {
      // the rule recogniser's verdict on this token and its neighbours ("B-person-3", "drop", "")
      const h = hints[i] || '-';
      f.push(`r=${h}`, `r=${h}|${initial}`, `r-1=${hints[i - 1] || '-'}|${h}`, `r+1=${h}|${hints[i + 1] || '-'}`);
    }
    if (clusters) {
      const cp = clusters.get(at(lw, i - 1)), cn = clusters.get(at(lw, i + 1));
      if (cp) f.push(`c-1=${cp.slice(0, 8)}`);
      if (cn) f.push(`c+1=${cn.slice(0, 8)}`);
    }
    // in a headline, a word is also read as the body writes it
    const cased = mode ? doc.casing.get(l) : undefined;
    if (mode) f.push(`tc=${cased?.kind ?? 'none'}`);
    const key = cased && cased.kind !== 'low' ? cased.form : w;
    if (isCap(w)) f.push(...doc.evidence.get(key) ?? [], ...doc.firstPass?.get(key) ?? []);
    out.push(f);
  }
  return out;
}

/** All static features of every token of a sentence (word and context), as the trainer uses them. */
export function sentenceFeatures(ws: string[], doc: DocContext, clusters: Clusters | null, hints: string[] | null = null): string[][] {
  return contextFeatures(ws, doc, clusters, hints).map((f, i) => [...wordFeatures(ws[i]!, clusters), ...f]);
}

/** Features that depend on the labels already given to the tokens before (greedy left-to-right decoding). */
export function historyFeatures(prev: string, prev2: string, lower: string, shapeOf: string): string[] {
  return [`y-1=${prev}`, `y-2=${prev2}|${prev}`, `y-1=${prev}|${lower}`, `y-1=${prev}|${shapeOf}`];
}
