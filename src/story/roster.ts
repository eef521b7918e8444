// A small story's roster: what each member brought to the story (its vector, and its view as the linker saw it with
// its words cut to the heaviest 120 and its other counts bounded), so a split (split.ts) can rebuild both parts from
// their own members, the same on both paths. That is close to, not exactly, what joining them alone would have given:
// the cut words are not rescaled (the part's word sum and average link read a little low), and the members rejoin in
// roster order (after a merge the kept story's members first, not their arrival order), the profile's running trims
// following that order. Kept while the story has
// at most SPLIT_MEMBERS members (beyond that it is never checked again and the roster is dropped): bounded per story,
// the same in memory (cluster.ts) and in the store (story_profiles.state, incremental.ts).
import { PROFILE_KEPT, emptyProfile, joinProfile, type ArticleView, type StoryProfile } from './linker.js';
import { SPLIT_MEMBERS, splitOff, type SplitBars, type SplitMember } from './split.js';
import { sketch } from './members.js';
import type { Vector } from './terms.js';
import { pairs, r4, type Pairs } from './state-json.js';

/** A member's view without the whole-text vector (the profile does not keep it), its words and counts bounded. */
export type MemberView = Omit<ArticleView, 'all'>;
export interface RosterEntry { id: string; title: string | null; day: number | null; v: Vector; view: MemberView }

/** Words of a member's view the roster keeps (the profile's word sum keeps 300 over all members, a sketch 40). */
const ROSTER_WORDS = 120;

/**
 * A member's roster entry: its view bounded as a story profile bounds its counts (PROFILE_KEPT; title, lead and body
 * are already its top tf-idf terms), so a roster of up to SPLIT_MEMBERS entries stays bounded in story_profiles.state
 * however long a member's text. The first entries are kept, as joinProfile keeps them for a story of one member.
 */
export function rosterEntry(id: string, title: string | null, v: Vector, view: ArticleView): RosterEntry {
  const { all: _all, ...rest } = view;
  const first = <T>(xs: Iterable<T>, k: number) => [...xs].slice(0, k);
  return {
    id, title, day: view.day, v,
    view: {
      ...rest, words: new Map([...view.words].sort((x, y) => y[1] - x[1]).slice(0, ROSTER_WORDS)),
      entities: new Map(first(view.entities, PROFILE_KEPT.entities)), names: new Map(first(view.names, PROFILE_KEPT.names)),
      participants: new Set(first(view.participants, PROFILE_KEPT.participants)), years: new Set(first(view.years, PROFILE_KEPT.years)),
      numbers: new Set(first(view.numbers ?? [], PROFILE_KEPT.numbers)),
    },
  };
}

/** The roster after a member joins (null: the story outgrew the check, or was already beyond it). */
export function withMember(roster: RosterEntry[] | null, e: RosterEntry, members: number): RosterEntry[] | null {
  return roster && members <= SPLIT_MEMBERS ? [...roster, e] : null;
}

/** The roster of two merged stories, `first`'s members first. */
export function mergedRoster(first: RosterEntry[] | null, second: RosterEntry[] | null): RosterEntry[] | null {
  return first && second && first.length + second.length <= SPLIT_MEMBERS ? [...first, ...second] : null;
}

/**
 * Whether merging story `grown` with `other` would make a story the split check takes apart at once: such a merge is
 * skipped, or every new article would merge the two and split them again (and the store's merge moves saved searches and
 * aliases to the kept story, which a split does not move back). The larger story keeps its id and its members come
 * first (on a tie `other`), as both merges do.
 */
export function mergeWouldSplit(grown: RosterOwner, other: RosterOwner, bars: SplitBars | undefined, windowDays: number): boolean {
  const [keep, gone] = other.profile.n >= grown.profile.n ? [other, grown] : [grown, other];
  const merged = bars ? mergedRoster(keep.roster, gone.roster) : null;
  return !!merged && splitOff(splitMembers(merged), bars!, windowDays) !== null;
}
interface RosterOwner { profile: { n: number }; roster: RosterEntry[] | null }

/** What the split check reads of each member: the heaviest words, as the member-level check keeps them. */
export const splitMembers = (roster: RosterEntry[]): SplitMember[] => roster.map((e) => ({ id: e.id, day: e.day, words: sketch(e.view.words, e.day).words }));

/**
 * One part's running sum, dates and profile, by joining its members' roster views in roster order: their words are
 * the roster's cut (not rescaled) and the profile trims as it goes in that order, so it approximates, not reproduces,
 * a story its members had joined alone; the sum is unbounded here (the caller bounds it as a join does).
 */
export function rebuild(entries: RosterEntry[]): { sum: Vector; first: number | null; last: number | null; profile: StoryProfile } {
  const sum: Vector = new Map(), profile = emptyProfile();
  for (const e of entries) {
    for (const [f, x] of e.v) sum.set(f, (sum.get(f) ?? 0) + x);
    joinProfile(profile, { ...e.view, all: new Map() });
  }
  return { sum, first: profile.first, last: profile.last, profile };
}

interface ViewJson {
  title: Pairs<number>; lead: Pairs<number>; body: Pairs<number>; words: Pairs<number>; entities: Pairs<[string, number]>;
  eventTypes: string[]; participants: string[]; years: number[]; names: Pairs<number>; numbers: string[];
  day: number | null; dateConfidence: number; source: string | null;
}
export interface RosterJson { id: string; title: string | null; day: number | null; v: Pairs<number>; view: ViewJson }

export function rosterToJson(e: RosterEntry): RosterJson {
  const w = e.view;
  return {
    id: e.id, title: e.title, day: e.day, v: pairs(e.v),
    view: { title: pairs(w.title), lead: pairs(w.lead), body: pairs(w.body), words: pairs(w.words), entities: [...w.entities].map(([k, [t, idf]]) => [k, [t, r4(idf)]]),
      eventTypes: [...w.eventTypes], participants: [...w.participants], years: [...w.years], names: pairs(w.names), numbers: [...(w.numbers ?? [])],
      day: w.day, dateConfidence: w.dateConfidence, source: w.source },
  };
}

export function rosterFromJson(j: RosterJson): RosterEntry {
  const w = j.view;
  return {
    id: j.id, title: j.title, day: j.day, v: new Map(j.v),
    view: { title: new Map(w.title), lead: new Map(w.lead), body: new Map(w.body), words: new Map(w.words), entities: new Map(w.entities),
      eventTypes: new Set(w.eventTypes), participants: new Set(w.participants), years: new Set(w.years), names: new Map(w.names), numbers: new Set(w.numbers),
      day: w.day, dateConfidence: w.dateConfidence, source: w.source },
  };
}
