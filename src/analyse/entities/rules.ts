// The rule recogniser's name candidates (capitalised runs, filtered at sentence starts and in Title Case
// lines) and their rule types, also given to the trained model as hints: it learns how far to trust them.
import type { Candidate } from './candidates.js';
import { findCandidates } from './candidates.js';
import { lookupPlace } from '../shared/places.js';
import { GIVEN_NAMES, KNOWN_ORGS, NAME_CONNECTORS } from '../../lang/en/entities.js';
import { TITLE_CASE_MINOR_WORDS as MINOR_WORDS } from '../../lang/en/entity-cues.js';
import { findRole } from './roles.js';
import { isAllCaps, startsLetter, startsUpper, type Token } from './tokens.js';
import { typeCandidate } from './typing.js';

/** A sentence-initial single word is a name only with outside support (seen mid-sentence, or in a lexicon). */
function keepInitial(c: Candidate, midWords: Set<string>): boolean {
  if (!c.initial || c.tokens.length > 1) return true;
  const w = c.text;
  // A small town is no support: GeoNames holds towns called "Give", "Is" or "One".
  return midWords.has(w) || GIVEN_NAMES.has(w) || KNOWN_ORGS.has(w) || isAllCaps(w) || bigPlace(w);
}

/** A sentence set in Title Case (a headline or heading): at least four words, nearly all capitalised. */
function isTitleCase(toks: Token[]): boolean {
  let words = 0, capitalised = 0;
  for (const t of toks) {
    if (!startsLetter(t.text) || MINOR_WORDS.has(t.text)) continue;
    words++;
    if (startsUpper(t.text)) capitalised++;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}

/**
 * In a Title Case line capitals prove nothing: keep only the stretches of a run whose words recur in the body
 * or are known to a lexicon ("Rescue Teams Reach Flooded Valley Villages Near Brest" → "Brest").
 */
function titleCaseParts(c: Candidate, bodyWords: Set<string>, text: string): Candidate[] {
  const known = (t: Token) => bodyWords.has(t.text) || GIVEN_NAMES.has(t.text) || KNOWN_ORGS.has(t.text) || isAllCaps(t.text)
    || bigPlace(t.text);
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const t of c.tokens) {
    if (known(t)) cur.push(t);
    else if (NAME_CONNECTORS.has(t.text) && cur.length) cur.push(t);
    else { if (cur.length) parts.push(cur); cur = []; }
  }
  if (cur.length) parts.push(cur);
  return parts.map((p) => { while (p.length && NAME_CONNECTORS.has(p[0]!.text)) p.shift(); while (p.length && NAME_CONNECTORS.has(p[p.length - 1]!.text)) p.pop(); return p; }).filter((p) => p.length)
    .map((p) => ({ ...c, tokens: p, start: p[0]!.start, end: p[p.length - 1]!.end, text: text.slice(p[0]!.start, p[p.length - 1]!.end), initial: false }));
}

const bigPlace = (w: string) => { const p = lookupPlace(w); return !!p && (p.kind !== 'city' || p.population >= 100_000); };

/** The rule recogniser's candidates: capitalised runs, filtered at sentence starts and in Title Case lines. */
export function ruleCandidates(sentences: Token[][], text: string): Candidate[] {
  const all = findCandidates(sentences, text);
  const titleCase = sentences.map(isTitleCase);
  const midWords = new Set(all.filter((c) => !c.initial && !titleCase[c.sentence]).flatMap((c) => c.tokens.map((t) => t.text)));
  return all.flatMap((c) => (titleCase[c.sentence] ? titleCaseParts(c, midWords, text) : keepInitial(c, midWords) ? [c] : []));
}

/**
 * One hint per token for the model: where the token stands in a rule candidate (B/I/L/U), the rule type
 * and its strength ("B-person-3"); "drop" when the rules saw a capitalised run and rejected it; "" outside.
 */
export function ruleHints(sentences: Token[][], text: string, cands = ruleCandidates(sentences, text),
  typeOf = (c: Candidate, toks: Token[]) => typeCandidate(c, toks, !!findRole(c, toks, text))): string[][] {
  const hints = sentences.map((ts) => ts.map(() => ''));
  for (const c of cands) {
    const toks = sentences[c.sentence]!;
    const typed = typeOf(c, toks);
    const tag = typed ? `${typed.type}-${Math.min(typed.strength, 3)}` : 'drop';
    const h = hints[c.sentence]!;
    const first = c.tokens[0]!.index, last = c.tokens[c.tokens.length - 1]!.index;
    for (let i = first; i <= last; i++) h[i] = `${first === last ? 'U' : i === first ? 'B' : i === last ? 'L' : 'I'}-${tag}`;
  }
  return hints;
}
