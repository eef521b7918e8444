// The key that links one entity across articles: its type and its name folded to ASCII lowercase, dotted initials
// read as one word ("U.S. Senate" = "US Senate") and a well-known acronym read as the name it stands for ("EU" =
// "European Union": src/lang/en/name-keys.ts).
import { EntityType, type Analysis, type Entity } from '../model/analysis.js';
import { ACRONYM_NAMES, orgSpelling } from '../lang/en/name-keys.js';

/** Initials written with full stops, spaced or not ("U.S.", "U. S.", "D.C.", "J. R."), not inside a longer word. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])\p{L}\.(?:[ \t]?\p{L}\.)+(?![\p{L}\p{N}])/gu;

export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(DOTTED_INITIALS, (m) => m.replace(/[.\s]/g, ''))
    .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ACRONYM_KEYS = new Map(Object.entries(ACRONYM_NAMES).map(([acronym, name]) => [acronym, foldName(name)]));

/**
 * The name part of an organisation's key: the folded name, or for a listed acronym the folded name it stands for. The
 * acronym is read as written in capitals ("WHO", "U.N.") or, from four letters, with one capital as British papers
 * write it ("Nato", "Unicef"): "Who" is a word. Other types' names are folded only (a person is no acronym's reading).
 */
export function keyName(name: string, type: string = 'organization'): string {
  if (type !== 'organization') return foldName(name);
  const bare = name.trim().replace(/[.\s]/g, '');
  const acronym = bare.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(bare) ? bare.toUpperCase() : bare;
  // British and American spellings of one organisation ("World Health Organisation") share its key
  return ACRONYM_KEYS.get(acronym) ?? orgSpelling(foldName(name));
}

export function entityKey(e: Pick<Entity, 'name' | 'type'>): string {
  return `${e.type}:${keyName(e.name, e.type)}`;
}

/** The entities the store links across articles: a generic group ("the government") is its article's actor only. */
export function linkedEntities(a: Pick<Analysis, 'entities'>): Entity[] {
  return a.entities.some((e) => e.generic) ? a.entities.filter((e) => !e.generic) : a.entities;
}

/** Every entity type the analysis format knows: the store keeps a count of keys per type (store_totals, "entity:<type>"). */
export const ENTITY_TYPES: readonly string[] = EntityType.anyOf.map((t) => t.const);
