// A person named by surname alone ("Trump" in an article that never gives the first name) is keyed apart from the
// full name ("Donald Trump"): coreference works inside one article, and the article holds nothing more. Across the
// store, the lone surname is read as the full name that dominates it: the person whose full name ends in that
// surname and is named in at least as many articles as the lone surname, and in at least twice as many as any other
// person of that surname ("Smith" stays apart when the store holds John Smith and Jane Smith about as often). A lone
// "surname" that is a common word ("May he rest in peace" tagged as a person) is never read so.
// The reading is made when the store is read, not when an article is saved: it stays right as the store grows,
// whatever order the articles came in, and needs no migration of stored keys. The entity index keeps its rows and
// counts as stored (its pages, totals and order stay exact) and says the reading on both rows (`readAs`,
// `alsoNamed`); the full name's page lists the lone surname's articles with its own, each article once.
import { STORY_STOP_WORDS } from '../lang/en/stop-words.js';
import type { EntityRow, EntitySummary } from './types.js';

/** What a folding step reads from an engine: the rows of given keys, and the full names ending in given surnames. */
export interface SurnameLookups {
  /** The rows of these keys (named in one article or more). */
  entityTotals(keys: string[]): Promise<EntitySummary[]>;
  /** Per surname, the persons of more than one word whose key ends in it, most articles first, `perSurname` at most. */
  surnameHolders(surnames: string[], perSurname: number): Promise<EntitySummary[]>;
}

const PERSON = 'person:';
/** Words every article uses (the story linker's stop words: modals, months' namesakes such as "may", "said"). */
const COMMON_WORDS: ReadonlySet<string> = new Set(STORY_STOP_WORDS);

/** The surname of a person's key of two words or more ("person:donald trump" → "trump"), else null. */
export function surnameOf(key: string): string | null {
  if (!key.startsWith(PERSON)) return null;
  const space = key.lastIndexOf(' ');
  return space > PERSON.length ? key.slice(space + 1) : null;
}

/** The surname of a person's key of one word ("person:trump" → "trump"), else null. */
export function loneSurname(key: string): string | null {
  return key.startsWith(PERSON) && key.length > PERSON.length && !key.includes(' ') ? key.slice(PERSON.length) : null;
}

/** The full name a lone surname is read as, if one dominates it; `holders` most articles first. */
export function dominantHolder(lone: EntitySummary, holders: EntitySummary[]): EntitySummary | null {
  if (COMMON_WORDS.has(loneSurname(lone.key) ?? '')) return null;
  const [top, second] = holders;
  if (!top || top.articles < 2 || top.articles < lone.articles) return null;
  return top.articles >= 2 * (second?.articles ?? 0) ? top : null;
}

/** Two holders per surname are enough to tell whether the first dominates. */
const HOLDERS_READ = 2;

async function holdersBySurname(lookups: SurnameLookups, surnames: string[]): Promise<Map<string, EntitySummary[]>> {
  const bySurname = new Map<string, EntitySummary[]>();
  if (!surnames.length) return bySurname;
  for (const h of await lookups.surnameHolders(surnames, HOLDERS_READ)) {
    const s = surnameOf(h.key)!;
    bySurname.set(s, [...(bySurname.get(s) ?? []), h]);
  }
  for (const list of bySurname.values()) list.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  return bySurname;
}

/**
 * One page of the entity index with the readings said: a lone surname's row gets the full name it is read as
 * (`readAs`), a full name's row the lone surname it takes in (`alsoNamed`, whose articles may overlap its own). Rows,
 * counts and order stay as stored.
 */
export async function annotateLoneSurnames(items: EntitySummary[], lookups: SurnameLookups): Promise<EntitySummary[]> {
  const lones = new Map<string, EntitySummary>();
  for (const e of items) { const s = loneSurname(e.key); if (s) lones.set(s, e); }
  const fullSurnames = new Set(items.map((e) => surnameOf(e.key)).filter((s): s is string => s !== null));
  // lone rows of full names on the page that are not on the page themselves
  const missing = [...fullSurnames].filter((s) => !lones.has(s)).map((s) => PERSON + s);
  for (const e of missing.length ? await lookups.entityTotals(missing) : []) lones.set(loneSurname(e.key)!, e);
  if (!lones.size) return items;
  const holders = await holdersBySurname(lookups, [...lones.keys()]);
  const readings = new Map<string, EntitySummary>(); // lone key → full name's row
  const takenIn = new Map<string, EntitySummary>(); // full key → lone row
  for (const [surname, lone] of lones) {
    const full = dominantHolder(lone, holders.get(surname) ?? []);
    if (!full) continue;
    readings.set(lone.key, full);
    takenIn.set(full.key, lone);
  }
  return items.map((e) => {
    const full = readings.get(e.key);
    const lone = takenIn.get(e.key);
    return full ? { ...e, readAs: { key: full.key, name: full.name } }
      : lone ? { ...e, alsoNamed: [{ key: lone.key, name: lone.name, articles: lone.articles }] } : e;
  });
}

/** One surname's reading: its lone row, and the full name that row is read as (null when none dominates). */
async function readingOf(surname: string, lookups: SurnameLookups): Promise<{ lone: EntitySummary; full: EntitySummary | null } | null> {
  const [lone] = await lookups.entityTotals([PERSON + surname]);
  return lone ? { lone, full: dominantHolder(lone, (await holdersBySurname(lookups, [surname])).get(surname) ?? []) } : null;
}

/** The full name a lone surname's key is read as in the entity index, if one dominates it. */
export async function fullNameOf(key: string, lookups: SurnameLookups): Promise<EntitySummary | null> {
  const surname = loneSurname(key);
  return surname ? (await readingOf(surname, lookups))?.full ?? null : null;
}

/** The keys whose articles an entity's page lists: its own, and a lone surname it dominates. */
export async function keysReadAs(key: string, lookups: SurnameLookups): Promise<string[]> {
  const surname = surnameOf(key);
  const reading = surname ? await readingOf(surname, lookups) : null;
  return reading?.full?.key === key ? [key, reading.lone.key] : [key];
}

/**
 * The rows of several keys as one list, newest article first (undated last), `limit` at most, each article once: where
 * an article names both (its coreference missed a spelling: "Erdoğan" and "Erdogan"), the first key's row stands.
 */
export function mergeRows(lists: EntityRow[][], limit: number): EntityRow[] {
  const seen = new Set<string>();
  const rows = lists.flat().filter((r) => !seen.has(r.article_id) && !!seen.add(r.article_id));
  const order = (r: EntityRow) => r.published ?? '';
  return rows.sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0))
    .slice(0, limit);
}
