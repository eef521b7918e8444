// One story's clustering state as stored (story_profiles.state): the bounded running sum of its
// members' vectors, its centroid, the linker's profile, its date span and a few title candidates.
import type { StoryProfile } from './linker.js';
import type { MemberSketch } from './members.js';
import type { Vector } from './terms.js';
import { rosterFromJson, rosterToJson, type RosterEntry, type RosterJson } from './roster.js';
import { pairs, r4, type Pairs } from './state-json.js';

export interface StoryState {
  id: string;
  first: number | null; last: number | null;
  sum: Vector; centroid: Vector;
  profile: StoryProfile;
  /** the first members' titles with their heaviest features: the story is titled by the most central */
  titles: Array<{ title: string | null; v: Vector }>;
  copies: number;
  /** what each member brought, while the story is small enough for the split check (roster.ts); null beyond */
  roster: RosterEntry[] | null;
}

interface Json {
  id: string; first: number | null; last: number | null; sum: Pairs<number>; centroid: Pairs<number>; copies: number;
  titles: Array<{ title: string | null; v: Pairs<number> }>;
  /** absent in states stored before the split check: such a story is never checked */
  roster?: RosterJson[] | null;
  profile: Omit<StoryProfile, 'title' | 'lead' | 'body' | 'entities' | 'eventTypes' | 'participants' | 'sources' | 'years' | 'months' | 'words' | 'members' | 'names' | 'numbers'> & {
    /** absent in profiles stored before the linker read numbers */
    numbers?: Pairs<number>;
    /** absent in profiles stored before the linker read capitalised words */
    names?: Array<[string, [number, number]]>;
    /** absent in profiles stored before the member-level check */
    members?: Array<{ day: number | null; words: Pairs<number> }>;
    /** absent in profiles stored before the linker read the average link */
    words?: Pairs<number>;
    title: Pairs<number>; lead: Pairs<number>; body: Pairs<number>; entities: Pairs<[string, number, number?]>;
    /** absent in profiles stored before the linker read years */
    years?: Array<[number, number]>;
    /** absent in profiles stored before far merges read the months a story names */
    months?: Array<[number, number]>;
    eventTypes: Pairs<number>; participants: Pairs<number>; sources: Pairs<number>;
  };
}

export function saveState(s: StoryState): string {
  const p = s.profile;
  const json: Json = {
    id: s.id, first: s.first, last: s.last, sum: pairs(s.sum), centroid: pairs(s.centroid), copies: s.copies,
    titles: s.titles.map((t) => ({ title: t.title, v: pairs(t.v) })), roster: s.roster && s.roster.map(rosterToJson),
    profile: { n: p.n, first: p.first, last: p.last, dateConfidence: p.dateConfidence, title: pairs(p.title), lead: pairs(p.lead), body: pairs(p.body), words: pairs(p.words),
      entities: [...p.entities].map(([k, [t, n, idf]]) => [k, idf === undefined ? [t, n] : [t, n, r4(idf)]]), eventTypes: [...p.eventTypes], years: [...p.years], months: [...p.months], participants: [...p.participants], sources: [...p.sources],
      members: p.members.map((m) => ({ day: m.day, words: pairs(m.words) })), names: [...p.names].map(([w, [n, idf]]) => [w, [n, r4(idf)]]), numbers: [...p.numbers] },
  };
  return JSON.stringify(json);
}

export function loadState(text: string): StoryState {
  // the roster (up to half of a small story's state) is parsed only when read: most loaded states are candidates the
  // linker scores by their profile, never the story that takes the article or a merge partner
  const roster = rosterText(text);
  const j = JSON.parse(roster ? text.slice(0, roster.from) + text.slice(roster.to) : text) as Json;
  const p = j.profile;
  const state: StoryState = {
    id: j.id, first: j.first, last: j.last, sum: new Map(j.sum), centroid: new Map(j.centroid), copies: j.copies,
    titles: j.titles.map((t) => ({ title: t.title, v: new Map(t.v) })), roster: roster ? null : j.roster ? j.roster.map(rosterFromJson) : null,
    profile: { n: p.n, first: p.first, last: p.last, dateConfidence: p.dateConfidence, title: new Map(p.title), lead: new Map(p.lead), body: new Map(p.body), words: new Map(p.words ?? []),
      entities: new Map(p.entities), eventTypes: new Map(p.eventTypes), years: new Map(p.years ?? []), months: new Map(p.months ?? []), participants: new Map(p.participants), sources: new Map(p.sources),
      names: new Map(p.names ?? []), numbers: new Map(p.numbers ?? []), members: (p.members ?? []).map((m): MemberSketch => ({ day: m.day, words: new Map(m.words) })) },
  };
  if (roster) lazyRoster(state, roster.value);
  return state;
}

const ROSTER_KEY = ',"roster":', PROFILE_KEY = ',"profile":';

/**
 * Where the roster's value lies in a stored state (`saveState` writes the keys id, first, last, sum, centroid, copies,
 * titles, roster, profile in that order): from its key to the profile's key. Strings hold a quote only escaped, so the
 * first `,"roster":` is the top-level key (nothing before it has such a key) and the last `,"profile":` the top-level
 * profile (nothing after it has one). Null when the roster is absent, null, or the text is not laid out so.
 */
function rosterText(text: string): { from: number; to: number; value: string } | null {
  const from = text.indexOf(ROSTER_KEY), to = text.lastIndexOf(PROFILE_KEY);
  if (from < 0 || to < from + ROSTER_KEY.length || text.charCodeAt(from + ROSTER_KEY.length) !== 0x5b /* [ */) return null;
  return { from, to, value: text.slice(from + ROSTER_KEY.length, to) };
}

/** `state.roster` parsed from its stored JSON on first read (a write replaces it). */
function lazyRoster(state: StoryState, json: string): void {
  let value: RosterEntry[] | null | undefined;
  Object.defineProperty(state, 'roster', {
    get: () => (value === undefined ? (value = (JSON.parse(json) as RosterJson[]).map(rosterFromJson)) : value),
    set: (v: RosterEntry[] | null) => { value = v; },
    enumerable: true, configurable: true,
  });
}

/**
 * The stored state of a story with one copy more: the same text with its `copies` count raised, which is what
 * `saveState` of the loaded state with `copies + 1` writes (a stored state loads and saves back to itself: weights are
 * stored rounded and rounding them again keeps them), without parsing and writing ~50 KB of JSON per copy. `copies`
 * is a top-level key after `id`, `first`, `last`, `sum` and `centroid`, whose strings hold a quote only escaped, so
 * the first `,"copies":` is that key.
 */
export function withOneMoreCopy(text: string): string {
  const key = ',"copies":';
  const at = text.indexOf(key);
  const from = at + key.length;
  let to = from;
  while (to < text.length && text.charCodeAt(to) >= 48 && text.charCodeAt(to) <= 57) to++;
  if (at < 0 || to === from || (text[to] !== ',' && text[to] !== '}')) {
    const s = loadState(text);
    s.copies++;
    return saveState(s);
  }
  return `${text.slice(0, from)}${Number(text.slice(from, to)) + 1}${text.slice(to)}`;
}
