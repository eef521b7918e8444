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
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [id, [t, idf]] of a.entities) {
    if (type ? t !== type : ENTITY_TYPES.includes(t)) continue;
    const w = Math.max(0, idf - 1) / top;
    all += w;
    const hit = s.entities.get(id);
    if (hit) shared += w * Math.min(1, hit[1] / Math.max(1, s.n) + 0.5);
  }
  return shared / (all + 1);
}

/**
 * The other direction: how much of what the story's members keep naming (weighted by rarity and by the
 * share of members naming it) the article names too. Two bouts of one boxer share the boxer but not the
 * opponent; two DUI arrests of one team share the team but not the player: the article-side overlap
 * sees the shared name, this sees the story's name the article lacks.
 */
export function storyCoverage(a: ArticleView, s: StoryProfile, docs: number): number {
  if (!s.n) return 0;
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [id, [, members, idf]] of s.entities) {
    const w = (Math.max(0, (idf ?? 1) - 1) / top) * (members / s.n);
    all += w;
    if (a.entities.has(id)) shared += w;
  }
  return shared / (all + 1);
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
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [w, idf] of a.names) {
    const x = Math.max(0, idf - 1) / top;
    all += x;
    const hit = s.names.get(w);
    if (hit) shared += x * Math.min(1, hit[0] / Math.max(1, s.n) + 0.5);
  }
  return shared / (all + 1);
}

export function namesCovered(a: ArticleView, s: StoryProfile, docs: number): number {
  if (!s.n) return 0;
  const top = Math.log(docs + 1) || 1;
  let all = 0, shared = 0;
  for (const [w, [members, idf]] of s.names) {
    const x = (Math.max(0, idf - 1) / top) * (members / s.n);
    all += x;
    if (a.names.has(w)) shared += x;
  }
  return shared / (all + 1);
}
