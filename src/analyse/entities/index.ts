// Public surface of the entities annotators: a rule-and-lexicon recogniser for English news.
// tokens → candidates (capitalised runs) → roles and types → clusters (one per referent) → description mentions.
import type { Entity } from '../../model/analysis.js';
import type { Annotator, ArticleDoc } from '../document.js';
import { findCandidates, type Candidate } from './candidates.js';
import { contextCountries, findDescriptions, resolveAgainst } from './describe.js';
import { lookupPlace } from './gazetteer.js';
import { GIVEN_NAMES, KNOWN_ORGS } from './lexicon.js';
import { sentenceStartFinder } from './lookup.js';
import { cluster, toEntity, type Mention } from './merge.js';
import { findRole } from './roles.js';
import { isAllCaps, tokenize } from './tokens.js';
import { typeCandidate } from './typing.js';

export { entityAt, resolveDescription } from './lookup.js';

/** A sentence-initial single word is a name only with outside support (seen mid-sentence, or in a lexicon). */
function keepInitial(c: Candidate, midWords: Set<string>): boolean {
  if (!c.initial || c.tokens.length > 1) return true;
  const w = c.text;
  // A small town is no support: GeoNames holds towns called "Give", "Is" or "One".
  const place = lookupPlace(w);
  return midWords.has(w) || GIVEN_NAMES.has(w) || KNOWN_ORGS.has(w) || isAllCaps(w) || (place !== null && (place.kind !== 'city' || place.population >= 100_000));
}

export function recogniseEntities(doc: ArticleDoc): Entity[] {
  const sentences = tokenize(doc);
  const all = findCandidates(sentences, doc.text);
  const midWords = new Set(all.filter((c) => !c.initial).flatMap((c) => c.tokens.map((t) => t.text)));
  const mentions: Mention[] = [];
  for (const c of all) {
    if (!keepInitial(c, midWords)) continue;
    const toks = sentences[c.sentence]!;
    const role = findRole(c, toks, doc.text);
    const typed = typeCandidate(c, toks, !!role);
    if (!typed) continue;
    mentions.push({ cand: c, typed, role: typed.type === 'person' ? role?.role ?? null : null, plural: !!role?.plural });
  }
  // "US envoys Steve Witkoff and Jared Kushner": a plural role before the first name covers the next ones.
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!, p = mentions[i - 1]!;
    if (m.role || !p.plural || !p.role || m.typed.type !== 'person' || m.cand.sentence !== p.cand.sentence) continue;
    const toks = sentences[m.cand.sentence]!;
    const gap = toks.slice(p.cand.tokens[p.cand.tokens.length - 1]!.index + 1, m.cand.tokens[0]!.index).map((t) => t.text);
    if (gap.length === 1 && /^(and|,|&)$/.test(gap[0]!)) { m.role = p.role; m.plural = true; }
  }
  const entities = cluster(mentions).map((cl, i) => toEntity(cl, `e${i + 1}`, []));
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
  annotate(doc) { doc.entities = recogniseEntities(doc); },
};

export const entityAnnotators: Annotator[] = [entityAnnotator];
