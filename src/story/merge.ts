// Story–story merges: the linker places each article once and never reconsiders it, so an event whose
// first reports arrived before its story had formed (or in an order the window split) stays in pieces.
// After an article joins a story, the story is compared with the other stories the index offered for the
// article (its candidates, already read: no further look-up); when the two stories' average link — the mean cosine of their
// members' word vectors, the tf-idf baseline's own decision signal — reaches the merge bar, they become one.
import type { LinkerWeights, StoryProfile } from './linker.js';
import { PROFILE_KEPT, WORDS_KEPT } from './linker.js';
import { MEMBERS_KEPT } from './members.js';
import { cosine } from './terms.js';

/**
 * The bars two stories' average link must reach to merge: when both are dated, and when either is not (absent: undated
 * stories never merge — on ECB+ train every undated bar that merged anything cost cross-validated F1); and `far`, the
 * bar at which two dated stories merge however far apart their dates lie when one is a follow-up of the other
 * (refersBack; absent: never beyond the window).
 * One event's reports can come months or years apart (a shooting and its trial, a casting and the film's release):
 * an article joins only within the date window, so those reports start a story of their own, which only a merge
 * of whole stories, on their members' average link, can bring back.
 */
export interface MergeBars { dated: number; undated?: number; far?: number }

/**
 * Far-merge candidates after a placement, on both paths (cluster.ts, incremental-merge.ts): the stories the article's
 * probe features are filed under, whatever their dates (`hits`: how many probe features each shares), ranked as
 * placement ranks its candidates — the FAR_CANDIDATES sharing most, then the closest by centroid cosine (`cos`) at or
 * above `threshold`. One partner is read (3-fold CV on ECB+ train: 1 → 0.944, 2, 3 or 8 → 0.941; 10 or 30 candidates
 * alike), so a placement reads one more profile at most.
 */
export const FAR_CANDIDATES = 10;
const FAR_PARTNERS = 1;
export function farRanked<T>(hits: Map<T, number>, cos: (t: T) => number, threshold: number): T[] {
  return [...hits].sort((x, y) => y[1] - x[1]).slice(0, FAR_CANDIDATES).map(([t]) => ({ t, c: cos(t) }))
    .filter((x) => x.c >= threshold).sort((x, y) => y.c - x.c).slice(0, FAR_PARTNERS).map((x) => x.t);
}

/** Average link of two stories: the mean cosine between a member of one and a member of the other. */
export function storyLink(a: StoryProfile, b: StoryProfile): number {
  // the profiles keep sums of unit word vectors: their dot product is the sum of every pair's cosine
  return a.n && b.n ? cosine(a.words, b.words) / (a.n * b.n) : 0;
}

const gapOf = (a: StoryProfile, b: StoryProfile): number | null =>
  a.first === null || a.last === null || b.first === null || b.last === null ? null
    : Math.max(0, a.first - b.last, b.first - a.last);

/**
 * Whether two stories at average link `link` merge: the bar for their dates, the date window between their spans,
 * and the span cap on the merged story (a merge may not make a story the linker would refuse to stretch); at the far
 * bar, neither the window nor the cap, for mostly dated stories not all of one site, one naming a month of the other.
 */
export function mayMerge(w: LinkerWeights, a: StoryProfile, b: StoryProfile, link: number, windowDays: number): boolean {
  const bars = w.merge;
  if (!bars) return false;
  const gap = gapOf(a, b);
  if (gap === null) return bars.undated !== undefined && link >= bars.undated;
  if (bars.far !== undefined && link >= bars.far && mostlyDated(a) && mostlyDated(b) && !oneSite(a, b) && refersBack(a, b)) return true;
  if (link < bars.dated) return false;
  if (gap > windowDays) return false;
  const span = Math.max(a.last!, b.last!) - Math.min(a.first!, b.first!);
  return !w.maxSpanDays || span <= Math.max(w.maxSpanDays, a.last! - a.first!, b.last! - b.first!);
}

/** The month (year × 12 + month − 1) of a day number (days since 1970-01-01). */
const monthOf = (day: number): number => { const d = new Date(day * 86_400_000); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };

/**
 * Whether one story points back at the other: names, with its year, a month within the other's span in a follow-up's
 * words (features.followUpMonths: in a report's first two sentences, about the earlier event's aftermath — "sentenced for
 * the Christchurch mosque attacks in March 2019", "charged … for the shooting deaths of two co-workers in September
 * 2010" — and not to compare). The report of a repeat (the next casting, earthquake, summit or election) names at most
 * the earlier one's year, or its month to compare ("the strongest since the earthquake of August 2016") or as
 * background. Without it two stories of one recurring kind from several sites reach the far bar on their shared
 * vocabulary alone (bench/stories/recurring-events.mjs).
 */
export function refersBack(a: StoryProfile, b: StoryProfile): boolean {
  const within = (named: StoryProfile, other: StoryProfile): boolean => {
    if (other.first === null || other.last === null) return false;
    const [from, to] = [monthOf(other.first), monthOf(other.last)];
    for (const m of named.months.keys()) if (m >= from && m <= to) return true;
    return false;
  };
  return within(a, b) || within(b, a);
}

/**
 * Whether every member of both stories comes from one and the same site: one site's statements share its house style
 * and boilerplate ("Telephone conversation with the President of …", a weekly briefing), so across months their
 * average link says little; a far merge needs a second site (or a member of unknown site) on either side.
 */
function oneSite(a: StoryProfile, b: StoryProfile): boolean {
  const sites = new Set([...a.sources.keys(), ...b.sources.keys()]);
  if (sites.has(UNKNOWN_SITE)) return false;
  let known = 0;
  for (const p of [a, b]) for (const x of p.sources.values()) known += x;
  return sites.size === 1 && known >= a.n + b.n;
}

/**
 * Whether a story's dates are sure enough to bridge months: the members' mean date confidence at least one half. A
 * story of undated reports that one report dated by an estimate made "dated" would otherwise take in a whole later story.
 */
const mostlyDated = (p: StoryProfile): boolean => p.dateConfidence >= p.n / 2;

/** The source the store path records for an article without a site (incremental.ts): not a site of its own. */
export const UNKNOWN_SITE = 'unknown';

/**
 * Of the stories offered for an article, the one the story it joined (`s`) merges with, or null: the highest average
 * link the bars allow, among those `allowed` accepts (the caller vetoes a merge the split check would take apart).
 */
export function mergePartner<T extends { profile: StoryProfile }>(w: LinkerWeights, s: StoryProfile, offered: T[], windowDays: number, allowed: (t: T) => boolean = () => true): T | null {
  // a story of one article (the linker has just placed it) merges only far: with a story the window hid from the linker
  if (!w.merge || (s.n < 2 && w.merge.far === undefined)) return null;
  const nearOnly = { ...w, merge: { ...w.merge, far: undefined } };
  let best: T | null = null, bestLink = -1, closest = -1;
  for (const t of offered) {
    if (t.profile === s) continue;
    const link = storyLink(s, t.profile);
    closest = Math.max(closest, link);
    if (link > bestLink && mayMerge(w, s, t.profile, link, windowDays) && (s.n >= 2 || !mayMerge(nearOnly, s, t.profile, link, windowDays)) && allowed(t)) { best = t; bestLink = link; }
  }
  // a far merge only with the closest story of all: a closer one the bars keep apart (undated, one site) is the likelier home
  if (best && bestLink < closest && w.merge.far !== undefined && !mayMerge(nearOnly, s, best.profile, bestLink, windowDays)) return null;
  return best;
}

const addAll = <K>(into: Map<K, number>, from: Map<K, number>) => { for (const [k, x] of from) into.set(k, (into.get(k) ?? 0) + x); };
function bound<K>(m: Map<K, number>, k: number): Map<K, number> {
  return m.size <= k ? m : new Map([...m].sort((x, y) => y[1] - x[1]).slice(0, k));
}
const sumBounded = <K>(a: Map<K, number>, b: Map<K, number>, k: number): Map<K, number> => { const out = new Map(a); addAll(out, b); return bound(out, k); };

/** Fold story `from`'s profile into `into`'s, with the same bounds joinProfile keeps. */
export function mergeProfiles(into: StoryProfile, from: StoryProfile): void {
  into.n += from.n;
  into.title = sumBounded(into.title, from.title, 60);
  into.lead = sumBounded(into.lead, from.lead, 120);
  into.body = sumBounded(into.body, from.body, 240);
  into.words = sumBounded(into.words, from.words, WORDS_KEPT);
  for (const [id, [t, n, idf]] of from.entities) {
    const e = into.entities.get(id);
    into.entities.set(id, [t, (e?.[1] ?? 0) + n, idf ?? e?.[2]]);
  }
  if (into.entities.size > PROFILE_KEPT.entities) into.entities = new Map([...into.entities].sort((x, y) => y[1][1] - x[1][1]).slice(0, PROFILE_KEPT.entities));
  addAll(into.eventTypes, from.eventTypes);
  into.years = sumBounded(into.years, from.years, PROFILE_KEPT.years);
  into.months = sumBounded(into.months, from.months, PROFILE_KEPT.years);
  into.participants = sumBounded(into.participants, from.participants, PROFILE_KEPT.participants);
  for (const [w, [n, idf]] of from.names) into.names.set(w, [(into.names.get(w)?.[0] ?? 0) + n, idf]);
  if (into.names.size > PROFILE_KEPT.names) into.names = new Map([...into.names].sort((x, y) => y[1][0] - x[1][0]).slice(0, PROFILE_KEPT.names));
  into.numbers = sumBounded(into.numbers, from.numbers, PROFILE_KEPT.numbers);
  const min = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
  const max = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
  into.first = min(into.first, from.first);
  into.last = max(into.last, from.last);
  into.dateConfidence += from.dateConfidence;
  into.sources = sumBounded(into.sources, from.sources, 50);
  // the latest members of both, by day (undated ones count as the oldest), the absorbed story's first on a tie
  const members = [...from.members, ...into.members].map((m, i) => ({ m, i }))
    .sort((x, y) => (x.m.day ?? -Infinity) - (y.m.day ?? -Infinity) || x.i - y.i).map((x) => x.m);
  into.members = members.slice(Math.max(0, members.length - MEMBERS_KEPT));
}
