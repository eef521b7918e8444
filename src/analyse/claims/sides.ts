// Which country an actor stands for, so that "Saudi Arabia's energy ministry" answering an accusation
// against "Saudi Arabia", or "the Japanese minister" answering a claim about Japan, count as the accused
// side answering. A place is its country; an organisation is owned by a possessor or demonym in its
// name ("Saudi Arabia's energy ministry", "Saudi energy ministry"); a person by a demonym or country in
// a role ("Japanese Economy Minister", "Pakistan's defence minister").
import type { ArticleDoc } from '../document.js';
import type { Entity } from '../../model/analysis.js';
import { DEMONYMS } from '../../lang/en/entities.js';
import { lookupPlace } from '../shared/places.js';

/** The country code of one word or name: a demonym ("Saudi"), a country, or (when `anyPlace`) a city ("Kabul's"). */
function countryOfWord(word: string, anyPlace = false): string | null {
  const w = word.replace(/['’]s$/, '');
  const dem = DEMONYMS[w.toLowerCase()];
  if (dem) return dem;
  const place = lookupPlace(w);
  return place && (anyPlace || place.kind === 'country') ? place.geo?.country ?? null : null;
}

/** The country a name opens with: "Saudi Arabia's energy ministry", "Pakistani Taliban", "Japanese". */
function countryOfName(name: string): string | null {
  const owner = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s/u.exec(name);
  if (owner) return countryOfWord(owner[1]!, true);
  const first = /^\p{Lu}[\p{L}-]*/u.exec(name);
  return first && DEMONYMS[first[0].toLowerCase()] ? DEMONYMS[first[0].toLowerCase()]! : null;
}

/** Roles and the words just before a person's first mention ("Japanese Economy Minister Kenji Morimoto"). */
function countryOfPerson(doc: ArticleDoc, e: Entity): string | null {
  const first = e.mentions[0];
  const before = first ? doc.text.slice(Math.max(0, first.start - 40), first.start) : '';
  for (const text of [...e.roles, before.split(/[.;!?]/).pop() ?? '']) {
    const words = text.match(/\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:['’]s)?/gu) ?? [];
    for (const w of words) {
      const c = countryOfWord(w) ?? countryOfWord(w.split(/\s+/)[0]!);
      if (c) return c;
    }
  }
  return null;
}

/** Country codes of every actor in the document, computed once (entities × one short look-up each). */
export function sidesOf(doc: ArticleDoc): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of doc.entities) {
    let c: string | null = null;
    if (e.type === 'place') c = e.geo?.country ?? lookupPlace(e.name)?.geo?.country ?? null;
    else if (e.type === 'organization') c = countryOfName(e.name);
    else if (e.type === 'person') c = countryOfPerson(doc, e);
    if (c) out.set(e.id, c);
  }
  return out;
}
