// Name candidates proposed by the trained recogniser, in the shape the rule stages (roles, typing, merging)
// expect: a capitalised title run right before the name becomes its role prefix ("Russian President"),
// a title or honorific the model left inside the span is moved out of it.
import type { EntityType } from '../../model/analysis.js';
import type { Candidate } from './candidates.js';
import { HONORIFICS, NAME_CONNECTORS, NON_NAMES, TITLE_WORDS } from '../../lang/en/entities.js';
import type { NameSpan } from './ner/index.js';
import { isCapitalised, type Token } from './tokens.js';

export interface Proposal { cand: Candidate; type: EntityType | null }

const isTitle = (t: Token) => TITLE_WORDS.has(t.text.toLowerCase());
const capWord = (t: Token) => isCapitalised(t.text) && /^\p{L}/u.test(t.text);
const OPENERS = /^[.!?…:;“"‘'`(–—-]$/;

/** The capitalised run before token `i` that ends in a title word ("White House Press Secretary"), or []. */
function titleRunBefore(toks: Token[], i: number): Token[] {
  let k = i - 1;
  if (k < 0 || !capWord(toks[k]!) || !isTitle(toks[k]!)) return [];
  while (k > 0 && (capWord(toks[k - 1]!) || (NAME_CONNECTORS.has(toks[k - 1]!.text) && k > 1 && capWord(toks[k - 2]!)))) k--;
  while (k < i && !capWord(toks[k]!)) k++;
  return toks.slice(k, i);
}

export function proposalsFromModel(sentences: Token[][], text: string, names: NameSpan[]): Proposal[] {
  const out: Proposal[] = [];
  for (const n of names) {
    const toks = sentences[n.sentence]!;
    let from = n.from;
    let honorific = from > 0 && HONORIFICS.has(toks[from - 1]!.text);
    if (HONORIFICS.has(toks[from]!.text) && from < n.to) honorific = true;
    // "Russian President Vladimir Putin" tagged as one person: the words up to the last title are a role
    if (n.type === 'person') for (let k = n.to - 1; k >= from; k--) if (isTitle(toks[k]!)) { from = k + 1; break; }
    while (from < n.to && (isTitle(toks[from]!) || HONORIFICS.has(toks[from]!.text))) { if (HONORIFICS.has(toks[from]!.text)) honorific = true; from++; }
    while (from < n.to && /^(?:the|The)$/.test(toks[from]!.text)) from++;
    const tokens = toks.slice(from, n.to + 1);
    // "former Vice President" tagged as a person: a bare role, with no name left once the titles are taken off
    if (!tokens.length || tokens.every((t) => isTitle(t) || HONORIFICS.has(t.text))) continue;
    const rolePrefix = from > n.from ? toks.slice(n.from, from).filter(capWord) : titleRunBefore(toks, from);
    const first = toks.findIndex((t) => /^[\p{L}\p{N}]/u.test(t.text));
    const initial = rolePrefix.length === 0 && (from === first || (from > 0 && OPENERS.test(toks[from - 1]!.text)));
    const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
    out.push({ cand: { tokens, start, end, text: text.slice(start, end), sentence: n.sentence, initial, rolePrefix, honorific }, type: n.type });
  }
  return out;
}

/**
 * One sense per document: a name proposed once ("Steve Jobs", "Ryanair") is proposed again where the same
 * capitalised words stand untagged, and a person's surname alone ("Jobs") counts as the person.
 */
export function repeatedNames(sentences: Token[][], text: string, proposals: Proposal[]): Proposal[] {
  const known = new Map<string, EntityType>();
  for (const p of proposals) {
    if (!p.type) continue;
    const words = p.cand.tokens.map((t) => t.text);
    if (!known.has(words.join(' '))) known.set(words.join(' '), p.type);
    const last = words[words.length - 1]!;
    if (p.type === 'person' && words.length > 1 && !known.has(last)) known.set(last, 'person');
  }
  const out: Proposal[] = [];
  const longest = Math.max(0, ...[...known.keys()].map((k) => k.split(' ').length));
  sentences.forEach((toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      if (!capWord(toks[i]!) || NON_NAMES.has(toks[i]!.text)) continue;
      for (let n = Math.min(longest, toks.length - i); n >= 1; n--) {
        const span = toks.slice(i, i + n);
        const type = known.get(span.map((t) => t.text).join(' '));
        // a longer capitalised run around the words is another name ("Jobs" in "Steve Jobs Theater")
        if (!type || (toks[i + n] && capWord(toks[i + n]!)) || (i > 0 && capWord(toks[i - 1]!) && !isTitle(toks[i - 1]!))) continue;
        const start = span[0]!.start, end = span[n - 1]!.end;
        out.push({ cand: { tokens: span, start, end, text: text.slice(start, end), sentence: si, initial: false, rolePrefix: titleRunBefore(toks, i), honorific: i > 0 && HONORIFICS.has(toks[i - 1]!.text) }, type });
        i += n - 1;
        break;
      }
    }
  });
  return out;
}
