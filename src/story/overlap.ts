// Overlap features of the story linker (linker.ts): how much of what an arriving article names the
// candidate story names too, and the other way round, each weighted by rarity.
import type { ArticleView, StoryProfile } from './linker.js';

const ENTITY_TYPES = ['person', 'organization', 'place'];

/**
 * Rarity-weighted overlap of the article's entities of `type` (null: every type but person, organisation
 * and place) with the story's. An entity weighs its idf above the floor, as a share of the highest idf
 * possible (0 for a name in every article, near 1 for a name seen once), and the sum is smoothed by one
 * full weight: a few common names shared (Russia, Putin in a corpus about them) stay far from 1.
 */
export function entityOverlap(a: ArticleView, s: StoryProfile, type: string | null, docs: number): number {
  return sharedWeight(a.entities, (id, [t]) => (type ? t === type : !ENTITY_TYPES.includes(t)), (id) => s.entities.get(id)?.[1], s.n, docs);
}

/**
 * The other direction: how much of what the story's members keep naming (weighted by rarity and by the
 * share of members naming it) the article names too. Two bouts of one boxer share the boxer but not the
 * opponent; two DUI arrests of one team share the team but not the player: the article-side overlap
 * sees the shared name, this sees the story's name the article lacks.
 */
export function storyCoverage(a: ArticleView, s: StoryProfile, docs: number): number {
  return coveredWeight(s.entities, ([, members, idf]) => [members, idf ?? 1], (id) => a.entities.has(id), s.n, docs);
}

/** 1 when both name years and none is shared (a 2001 bout against a 2012 one), else 0. */
export function yearsApart(a: ArticleView, s: StoryProfile): number {
  if (!a.years.size || !s.years.size) return 0;
  for (const y of a.years) if (s.years.has(y)) return 0;
  return 1;
}

/** The same rarity weighting for event participants (and places) the story's events have too. */
export function participantOverlap(a: ArticleView, s: StoryProfile, docs: number): number {
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const p of a.participants) {
    const w = Math.max(0, (a.entities.get(p)?.[1] ?? 1) - 1) / top;
    all += w;
    if (s.participants.has(p)) shared += w;
  }
  return shared / (all + 1);
}

export function share<T>(items: Set<T>, counts: Map<T, number>): number {
  if (!items.size) return 0;
  let n = 0;
  for (const x of items) if (counts.has(x)) n++;
  return n / items.size;
}

/**
 * The same two directions over the words the texts write capitalised (features.capitalisedWords): names
 * whether or not the recogniser found them. Shared: the article's rare names the story has too (the share
 * of members naming them counts, as for entities); covered: the story's recurring rare names the article has.
 */
export function namesShared(a: ArticleView, s: StoryProfile, docs: number): number {
  return sharedWeight(a.names, () => true, (w) => s.names.get(w)?.[0], s.n, docs);
}

export function namesCovered(a: ArticleView, s: StoryProfile, docs: number): number {
  return coveredWeight(s.names, (entry) => entry, (w) => a.names.has(w), s.n, docs);
}

/**
 * The article's items (with their idf) that count, weighted by rarity above the floor as a share of the highest
 * idf possible; a shared one by the share of the story's `n` members naming it (at least half a weight). The sum
 * is smoothed by one full weight.
 */
function sharedWeight<K, V extends number | [string, number]>(items: Map<K, V>, counts: (k: K, v: V) => boolean,
  namingMembers: (k: K) => number | undefined, n: number, docs: number): number {
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [k, v] of items) {
    if (!counts(k, v)) continue;
    const idf = typeof v === 'number' ? v : v[1];
    const w = Math.max(0, idf - 1) / top;
    all += w;
    const members = namingMembers(k);
    if (members !== undefined) shared += w * Math.min(1, members / Math.max(1, n) + 0.5);
  }
  return shared / (all + 1);
}

/** The story's items weighted by rarity and by the share of its `n` members naming them, and the part the article has. */
function coveredWeight<K, V>(items: Map<K, V>, membersAndIdf: (v: V) => [number, number], has: (k: K) => boolean, n: number, docs: number): number {
  if (!n) return 0;
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [k, v] of items) {
    const [members, idf] = membersAndIdf(v);
    const w = (Math.max(0, idf - 1) / top) * (members / n);
    all += w;
    if (has(k)) shared += w;
  }
  return shared / (all + 1);
}

/** The article's numbers (features.namedNumbers) some member of the story writes too, smoothed by one: 0 when it names none. */
export function numbersShared(a: ArticleView, s: StoryProfile): number {
  if (!a.numbers?.size) return 0;
  let n = 0;
  for (const x of a.numbers) if (s.numbers.has(x)) n++;
  return n / (a.numbers.size + 1);
}

/** 1 when the article and the story each write at least `min` numbers and none is shared (two heists, two sums). */
export function numbersApart(a: ArticleView, s: StoryProfile, min = 3): number {
  if ((a.numbers?.size ?? 0) < min || s.numbers.size < min) return 0;
  for (const x of a.numbers!) if (s.numbers.has(x)) return 0;
  return 1;
}

/**
 * 1 when the article names a rare place, the story's members keep naming one (at least a third of them), and the
 * story has none of the article's places: two supermarket fires of one chain on two High Streets.
 */
export function placesApart(a: ArticleView, s: StoryProfile, docs: number, rare = 0.2): number {
  if (!s.n) return 0;
  const top = Math.log(docs + 1) || 1;
  const weight = (idf: number) => Math.max(0, idf - 1) / top;
  let mine = false;
  for (const [id, [t, idf]] of a.entities) {
    if (t !== 'place') continue;
    if (s.entities.has(id)) return 0;
    if (weight(idf) >= rare) mine = true;
  }
  if (!mine) return 0;
  for (const [, [t, members, idf]] of s.entities) if (t === 'place' && members / s.n >= 1 / 3 && weight(idf ?? 1) >= rare) return 1;
  return 0;
}
