// Story–story merges on the store path (merge.ts decides which; cluster.ts does the same in memory): the story an
// article joined takes in another story the article was offered, in the store's tables.
import { call, type Steps } from '../store/steps.js';
import type { StoryIndex } from '../store/story-types.js';
import type { ClusterOptions } from './cluster.js';
import { loadState, saveState, type StoryState } from './incremental-state.js';
import { FAR_CANDIDATES, farRanked, mergeProfiles } from './merge.js';
import { mergedRoster } from './roster.js';
import { normalise, type Vector } from './terms.js';
import { centroidJson } from './state-json.js';

/**
 * Merges two stories in the store: the larger keeps its id (on a tie `other`, the story that was there first), takes
 * the other's members, profile and running sums, and is filed under its new centroid's features. Returns the kept state.
 */
export function* mergeStored(store: StoryIndex, grown: StoryState, other: StoryState, o: ClusterOptions): Steps<StoryState> {
  const [keep, gone] = other.profile.n >= grown.profile.n ? [other, grown] : [grown, other];
  const before = new Set(keep.centroid.keys()), lastBefore = keep.last;
  mergeProfiles(keep.profile, gone.profile);
  keep.roster = mergedRoster(keep.roster, gone.roster);
  keep.first = keep.profile.first; keep.last = keep.profile.last;
  for (const [f, x] of gone.sum) keep.sum.set(f, (keep.sum.get(f) ?? 0) + x);
  const ranked = [...keep.sum.entries()].sort((x, y) => y[1] - x[1]);
  keep.sum = new Map(ranked.slice(0, 4 * o.centroidSize));
  keep.centroid = normalise(new Map(ranked.slice(0, o.centroidSize)));
  keep.titles = [...keep.titles, ...gone.titles].slice(0, 12);
  keep.copies += gone.copies;
  yield* call(store.mergeStories(keep.id, gone.id));
  yield* call(store.saveProfile(keep.id, centroidJson(keep.centroid), saveState(keep)));
  yield* call(store.setPostings(keep.id, [...keep.centroid.keys()].filter((f) => !before.has(f)), [...before].filter((f) => !keep.centroid.has(f)),
    keep.last, keep.last !== lastBefore));
  return keep;
}

/**
 * Dated stories outside the date window that share the article's probe features (postings without a date bound, the
 * latest per feature), ranked as placement ranks candidates (merge.ts farRanked; `cos`: the article's centroid cosine):
 * the only stories a far merge may take in, the same as in memory (cluster.ts). One more bounded read per placement of
 * a dated article, only when far merges are on.
 */
export function* farPartners(store: StoryIndex, grown: StoryState, probe: string[], cos: (centroid: Vector) => number, offered: StoryState[], o: ClusterOptions): Steps<StoryState[]> {
  const seen = new Set([grown.id, ...offered.map((s) => s.id)]);
  const hits = new Map<string, number>();
  const lists = yield* call(store.postingsFor(probe, null, o.postingCap));
  for (const f of probe) for (const s of lists.get(f) ?? []) if (!seen.has(s)) hits.set(s, (hits.get(s) ?? 0) + 1);
  const centroids = yield* call(store.centroids([...hits].sort((x, y) => y[1] - x[1]).slice(0, FAR_CANDIDATES).map(([s]) => s)));
  const out: StoryState[] = [];
  for (const s of farRanked(hits, (s) => cos(new Map(JSON.parse(centroids.get(s) ?? '[]') as Array<[string, number]>)), o.threshold)) {
    const state = loadState((yield* call(store.profile(s)))!);
    if (state.first !== null) out.push(state);
  }
  return out;
}
