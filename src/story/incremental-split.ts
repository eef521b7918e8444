// Story splits on the store path (split.ts decides where; cluster.ts does the same in memory): the members of the
// grown story that form a group apart leave, with their copies and dossier inputs, for a new story; both parts are rebuilt from
// their roster (roster.ts) and filed under their new centroids.
import { call, type Steps } from '../store/steps.js';
import type { StoryIndex } from '../store/story-types.js';
import type { ClusterOptions } from './cluster.js';
import { saveState, type StoryState } from './incremental-state.js';
import { rebuild, splitMembers, type RosterEntry } from './roster.js';
import { splitOff } from './split.js';
import { storyIdOf } from './refresh-dossier.js';
import { normalise } from './terms.js';
import { centroidJson } from './state-json.js';

/** The story's two parts after a split, or null when it does not split; the part without its first member is new. */
export function* splitStored(store: StoryIndex, s: StoryState, o: ClusterOptions): Steps<{ kept: StoryState; parted: StoryState } | null> {
  const leave = o.linker.split && s.roster ? splitOff(splitMembers(s.roster), o.linker.split, o.windowDays) : null;
  if (!leave) return null;
  const gone = new Set(leave);
  const parted: StoryState = { id: storyIdOf(leave[0]!), first: null, last: null, sum: new Map(), centroid: new Map(), profile: s.profile, titles: [], copies: 0, roster: [] };
  // the leaving members' copies leave with them
  parted.copies = yield* call(store.splitStory(s.id, parted.id, leave));
  s.copies -= parted.copies;
  for (const [state, entries] of [[s, s.roster!.filter((e) => !gone.has(e.id))], [parted, s.roster!.filter((e) => gone.has(e.id))]] as const) {
    yield* refill(store, state, entries, o);
  }
  return { kept: s, parted };
}

/** The state's sums, centroid, profile and titles from `entries` alone; its profile and postings written. */
function* refill(store: StoryIndex, s: StoryState, entries: RosterEntry[], o: ClusterOptions): Steps<void> {
  const before = new Set(s.centroid.keys()), lastBefore = s.last;
  const { sum, first, last, profile } = rebuild(entries);
  const ranked = [...sum.entries()].sort((x, y) => y[1] - x[1]);
  Object.assign(s, {
    first, last, profile, roster: entries, sum: new Map(ranked.slice(0, 4 * o.centroidSize)), centroid: normalise(new Map(ranked.slice(0, o.centroidSize))),
    titles: entries.slice(0, 12).map((e) => ({ title: e.title, v: new Map([...e.v].slice(0, 12)) })),
  });
  yield* call(store.saveProfile(s.id, centroidJson(s.centroid), saveState(s)));
  yield* call(store.setPostings(s.id, [...s.centroid.keys()].filter((f) => !before.has(f)), [...before].filter((f) => !s.centroid.has(f)),
    s.last, s.last !== lastBefore || !before.size));
}
