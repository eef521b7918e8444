// Public surface of the entities annotators: a rule-and-lexicon recogniser for English news.
// tokens → candidates (capitalised runs) → roles and types → clusters (one per referent) → description mentions.
import type { Entity } from '../../model/analysis.js';
import type { Annotator, ArticleDoc } from '../document.js';
import { findCandidates, type Candidate } from './candidates.js';
import { contextCountries, findDescriptions, resolveAgainst } from './describe.js';
import { lookupPlace } from '../shared/places.js';
import { GIVEN_NAMES, KNOWN_ORGS, NAME_CONNECTORS, TITLE_WORDS } from '../../lang/en/entities.js';
import { retypeProducts } from './products.js';
import { sentenceStartFinder } from './lookup.js';
import { cluster, toEntity, type Mention } from './merge.js';
import { findRole, outerRole } from './roles.js';
import { isAllCaps, tokenize, type Token } from './tokens.js';
import { typeCandidate } from './typing.js';

export { entityAt, resolveDescription } from './lookup.js';

/** A sentence-initial single word is a name only with outside support (seen mid-sentence, or in a lexicon). */
function keepInitial(c: Candidate, midWords: Set<string>): boolean {
  if (!c.initial || c.tokens.length > 1) return true;
  const w = c.text;
  // A small town is no support: GeoNames holds towns called "Give", "Is" or "One".
  return midWords.has(w) || GIVEN_NAMES.has(w) || KNOWN_ORGS.has(w) || isAllCaps(w) || bigPlace(w);
}

/** Lowercase function words of Title Case ("Apple Unveils the New MacBook Air in Paris"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'after', 'over', 'into']);

/** A sentence set in Title Case (a headline or heading): at least four words, nearly all capitalised. */
function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => /^\p{L}/u.test(t.text) && !MINOR_WORDS.has(t.text));
  return words.length >= 4 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.8 * words.length;
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

export function recogniseEntities(doc: ArticleDoc): Entity[] {
  const sentences = tokenize(doc);
  const all = findCandidates(sentences, doc.text);
  const titleCase = sentences.map(isTitleCase);
  const midWords = new Set(all.filter((c) => !c.initial && !titleCase[c.sentence]).flatMap((c) => c.tokens.map((t) => t.text)));
  const mentions: Mention[] = [];
  const kept = all.flatMap((c) => (titleCase[c.sentence] ? titleCaseParts(c, midWords, doc.text) : keepInitial(c, midWords) ? [c] : []));
  for (const c of kept) {
    const toks = sentences[c.sentence]!;
    const role = findRole(c, toks, doc.text);
    const typed = typeCandidate(c, toks, !!role);
    if (!typed) continue;
    const outer = typed.type === 'person' && role ? outerRole(c, toks, doc.text)?.role ?? null : null;
    mentions.push({ cand: c, typed, role: typed.type === 'person' ? role?.role ?? null : null, plural: !!role?.plural, outerRole: outer });
  }
  // "US envoys Steve Witkoff and Jared Kushner": a plural role before the first name covers the next ones.
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!, p = mentions[i - 1]!;
    if (m.role || !p.plural || !p.role || m.typed.type !== 'person' || m.cand.sentence !== p.cand.sentence) continue;
    const toks = sentences[m.cand.sentence]!;
    const gap = toks.slice(p.cand.tokens[p.cand.tokens.length - 1]!.index + 1, m.cand.tokens[0]!.index).map((t) => t.text);
    if (gap.length === 1 && /^(and|,|&)$/.test(gap[0]!)) { m.role = p.role; m.plural = true; }
  }
  const clusters = cluster(mentions);
  retypeProducts(clusters, sentences, TITLE_WORDS);
  const entities = clusters.map((cl, i) => toEntity(cl, `e${i + 1}`, []));
  // Descriptions resolve against entities named before them; they become mentions, not aliases.
  const startOf = sentenceStartFinder(doc);
  const soft = contextCountries(entities, sentences);
  for (const d of findDescriptions(sentences)) {
    const e = resolveAgainst(entities, d, startOf, soft);
    if (e && !e.mentions.some((m) => m.start < d.span.end && d.span.start < m.end)) {
      e.mentions.push(d.span);
      e.mentions.sort((a, b) => a.start - b.start);
    }
  }
  return entities;
}

export const entityAnnotator: Annotator = {
  name: 'entities',
  reads: ['sentences'],
  writes: ['entities'],
  needsLang: true,
  annotate(doc) { doc.entities = recogniseEntities(doc); },
};

export const entityAnnotators: Annotator[] = [entityAnnotator];
