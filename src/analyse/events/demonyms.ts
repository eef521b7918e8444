// Sides named only by nationality words ("Pakistani and Afghan forces exchanged fire", "after Pakistani
// drone strikes", "a meeting with the Brazilian presidency"): the event's participants are the countries,
// as the entities that stand for them in this article: the country itself, else the most-mentioned
// place in it (a capital used as a metonym: "Kabul").
import type { ArticleDoc } from '../document.js';
import type { Entity } from '../../model/analysis.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import { lookupPlace } from '../shared/places.js';
import type { SentenceView } from '../shared/clauses.js';

/** Country code → the entity standing for it, built once per document (one pass over the entities). */
export function countryActors(doc: ArticleDoc): Map<string, Entity> {
  const out = new Map<string, { e: Entity; rank: number }>();
  for (const e of doc.entities) {
    if (e.type !== 'place') continue;
    const place = lookupPlace(e.name);
    const code = e.geo?.country ?? place?.geo?.country;
    if (!code) continue;
    const rank = place?.kind === 'country' ? Infinity : e.mentions.length;
    const prev = out.get(code);
    if (!prev || rank > prev.rank) out.set(code, { e, rank });
  }
  return new Map([...out].map(([code, v]) => [code, v.e]));
}

// A capitalised nationality word followed by a lower-case word it modifies ("Afghan forces", "Pakistani drone").
// A model designation may stand between them ("Turkish F-16 jets", "Russian Su-35 fighters").
const DEMONYM = /\b(\p{Lu}[\p{L}-]+)(?=\s+(?:and\s+\p{Lu}[\p{L}-]+\s+)?(?:\p{Lu}[\p{L}]*-?\d[\w-]*\s+)?\p{Ll})/gu;

/** Countries named by demonyms in the sentence, outside entity mentions and the `skip` ranges (quotations). */
export function demonymActors(view: SentenceView, countries: Map<string, Entity>, skip: ReadonlyArray<readonly [number, number]> = []): Entity[] {
  const out: Entity[] = [];
  DEMONYM.lastIndex = 0;
  for (let m = DEMONYM.exec(view.text); m; m = DEMONYM.exec(view.text)) {
    const code = DEMONYMS[m[1]!.toLowerCase()];
    if (!code || skip.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    const at = view.span.start + m.index;
    // "Pakistani Taliban" is an actor of its own, not Pakistan; a thing named so ("Turkish F-16") is the country's
    if (view.mentions.some((x) => x.start <= at && x.end > at && x.entity.type !== 'other')) continue;
    const e = countries.get(code);
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}
