// Story–story merges on the store path (merge.ts decides; cluster.ts does the same in memory): after an article
// joins a stored story, the stories filed under the grown story's heaviest features are read (bounded, like an
// article's candidates) and the one with the highest average link merges with it when the bars allow.
import { call, type Steps } from '../store/steps.js';
import type { StoryIndex } from '../store/story-types.js';
import type { ClusterOptions } from './cluster.js';
import { loadState, saveState, type StoryState } from './incremental-state.js';
import { mayMerge, mergeProfiles, storyLink } from './merge.js';
import { cosine, normalise } from './terms.js';

/** Stories filed under the probe features read per merge check, the most hit first; their full profiles read. */
const MAX_CANDIDATES = 30;
const MAX_PROFILES = 8;

/** The merge partner of the story `s` just grew, or null: the other story's state. */
export function* mergePartner(store: StoryIndex, s: StoryState, o: ClusterOptions): Steps<StoryState | null> {
  if (!o.linker.merge || s.profile.n < 2) return null;
  const probe = [...s.centroid.entries()].sort((x, y) => y[1] - x[1]).slice(0, o.probe).map(([f]) => f);
  const lists = yield* call(store.postingsFor(probe, s.first === null ? null : s.first - o.windowDays, o.postingCap));
  const hits = new Map<string, number>();
  for (const f of probe) for (const id of lists.get(f) ?? []) if (id !== s.id) hits.set(id, (hits.get(id) ?? 0) + 1);
  const candidates = [...hits].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  const centroids = yield* call(store.centroids(candidates));
  const near = candidates.map((id) => ({ id, cos: cosine(s.centroid, new Map(JSON.parse(centroids.get(id)!) as Array<[string, number]>)) }))
    .sort((x, y) => y.cos - x.cos).slice(0, MAX_PROFILES);
  let best: StoryState | null = null, bestLink = -1;
  for (const { id } of near) {
    const t = loadState((yield* call(store.profile(id)))!);
    const link = storyLink(s.profile, t.profile);
    if (link > bestLink && mayMerge(o.linker, s.profile, t.profile, link, o.windowDays)) { best = t; bestLink = link; }
  }
  return best;
}

/**
 * Merges two stories in the store: the larger keeps its id (on a tie `other`, the story that was there first), takes
 * the other's members, profile and running sums, and is filed under its new centroid's features. Returns the kept state.
 */
export function* mergeStored(store: StoryIndex, grown: StoryState, other: StoryState, o: ClusterOptions): Steps<StoryState> {
  const [keep, gone] = other.profile.n >= grown.profile.n ? [other, grown] : [grown, other];
  const before = new Set(keep.centroid.keys()), lastBefore = keep.last;
  mergeProfiles(keep.profile, gone.profile);
  keep.first = keep.profile.first; keep.last = keep.profile.last;
  for (const [f, x] of gone.sum) keep.sum.set(f, (keep.sum.get(f) ?? 0) + x);
  const ranked = [...keep.sum.entries()].sort((x, y) => y[1] - x[1]);
  keep.sum = new Map(ranked.slice(0, 4 * o.centroidSize));
  keep.centroid = normalise(new Map(ranked.slice(0, o.centroidSize)));
  keep.titles = [...keep.titles, ...gone.titles].slice(0, 12);
  keep.copies += gone.copies;
  yield* call(store.mergeStories(keep.id, gone.id));
  yield* call(store.saveProfile(keep.id, JSON.stringify([...keep.centroid].map(([f, x]) => [f, Math.round(x * 1e4) / 1e4])), saveState(keep)));
  yield* call(store.setPostings(keep.id, [...keep.centroid.keys()].filter((f) => !before.has(f)), [...before].filter((f) => !keep.centroid.has(f)),
    keep.last, keep.last !== lastBefore));
  return keep;
}
