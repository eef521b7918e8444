// The learned article-to-story decision: a logistic regression over features that compare one
// arriving article with one candidate story (tf-idf cosines of title, lead and body; linked entities
// weighted by rarity, per type; event types and participants; date distance and how sure both dates
// are; same source), plus an explicit "new story" threshold on its probability (as in Miranda et al.
// 2018, "Multilingual clustering of streaming news"). Weights and threshold are learned on the ECB+
// train topics by scripts/train-stories.mjs and ship as linker-weights.json.
import weights from './linker-weights.json' with { type: 'json' };
import { cosine, type Vector } from './terms.js';
import { keepMember, memberScore, memberSimilarities, scoreOfSimilarities, sketch, type MemberCheck, type MemberSketch } from './members.js';
import type { MergeBars } from './merge.js';
import type { SplitBars } from './split.js';
import { entityOverlap, namesCovered, namesShared, numbersApart, numbersShared, participantOverlap, placesApart, share, storyCoverage, yearsApart } from './overlap.js';

/** What the linker knows of one article. Vectors are L2-normalised tf-idf. */
export interface ArticleView {
  all: Vector; title: Vector; lead: Vector; body: Vector;
  /** every content word, tf-idf as the baseline weighs it (features.wordVector) */
  words: Vector;
  /** linked entity id → [type, idf] */
  entities: Map<string, [string, number]>;
  eventTypes: Set<string>;
  /** linked ids of event participants and places */
  participants: Set<string>;
  /** years the text names with four digits ("in 2009", "March 3, 2012") and the publication year when dated */
  years: Set<number>;
  /** months the text points back at as a follow-up does (features.followUpMonths); absent: none */
  months?: Set<number>;
  /** words the text writes capitalised (features.capitalisedWords) → idf */
  names: Map<string, number>;
  /** numbers the text writes with digits (features.namedNumbers); absent: none */
  numbers?: Set<string>;
  day: number | null;
  /** 1 for a date from metadata or the user, less for a date read from or inferred from the text, 0 undated */
  dateConfidence: number;
  source: string | null;
}

/** Running sums of one story's members, bounded (see `bound`), enough to score an article against it. */
export interface StoryProfile {
  n: number;
  title: Vector; lead: Vector; body: Vector;
  /** sum of the members' word vectors (ArticleView.words), bounded to the heaviest WORDS_KEPT */
  words: Vector;
  /** entity id → [type, members naming it, rarity (idf) when last named] */
  entities: Map<string, [string, number, number?]>;
  eventTypes: Map<string, number>;
  /** year → members naming it (ArticleView.years) */
  years: Map<number, number>;
  /** month → members naming it (ArticleView.months) */
  months: Map<number, number>;
  participants: Map<string, number>;
  /** capitalised word → [members writing it, idf when last written] */
  names: Map<string, [number, number]>;
  /** number → members writing it (ArticleView.numbers) */
  numbers: Map<string, number>;
  first: number | null; last: number | null;
  /** sum of the members' date confidences */
  dateConfidence: number;
  sources: Map<string, number>;
  /** the latest members' sketches, for the member-level check (members.ts) */
  members: MemberSketch[];
}

/**
 * ECB+ has no unrelated news of the same day and place, so a shared date, place, source, event type or
 * person would be learned as evidence on its own; in a real stream it is not (Putin or Biden is named in
 * reports of every event of a war: a Bucha statement joined the Istanbul talks at whole-text cosine 0.03
 * on "Putin" alone). These enter only multiplied by
 * the whole-text cosine (they can strengthen a content match, never make one), while a date far apart
 * stands alone. An unsure date earns nothing: it only loses the date-near term (no free pass). Shared numbers
 * too: scores (31-24, 20-13) and counts recur across unrelated reports, so they only strengthen a content match;
 * numbers apart, like years apart, stand alone (they can only hold a join back).
 */
export const FEATURES = ['bias', 'cosAll', 'cosTitle×otherSource', 'cosLead', 'cosBody', 'person×cos', 'organization×cos', 'otherEntity×cos',
  'place×cos', 'eventTypes×cos', 'participants', 'dateNear×cos', 'dateFar', 'sameSource×cos', 'storySize',
  'storyEntitiesCovered', 'yearsApart', 'averageLink', 'namesShared', 'namesCovered', 'memberMax', 'memberTop3',
  'numbersShared×cos', 'numbersApart', 'placesApart'] as const;

/** Words kept in a story's summed word vector: enough for the average link, bounded in the store. */
export const WORDS_KEPT = 300;
/** Entries kept in a story profile's other counts (and in one member's view in a roster, roster.ts). */
export const PROFILE_KEPT = { entities: 300, names: 300, participants: 200, numbers: 200, years: 40 } as const;

export interface LinkerWeights {
  features: string[]; weights: number[];
  /** probability below which the article starts a new story, when the article and the story are both dated */
  newStory: number;
  /**
   * The same when either side is undated (absent: `newStory`). Without a date, two events of one kind
   * (two earthquakes, two bouts of one boxer) can only be told apart by content, so the bar is its own,
   * learned on ECB+ train; dated pairs keep theirs, which the documented cases and Wikinews bound.
   */
  newStoryUndated?: number;
  /** the member-level check before a join (members.ts); absent: none */
  member?: MemberCheck;
  /** days around a story's span in which an article may join it (absent: the clusterer's default) */
  windowDays?: number;
  /**
   * The longest a story may stretch, first to last dated member (absent: no cap). The window is measured from
   * the story's ends, so each member within `windowDays` of the last lets one site's statements or a slowly
   * moving conflict chain for months; the cap ends the story and the next article starts a new one.
   */
  maxSpanDays?: number;
  /**
   * The whole-text cosine an article must reach with a story to join it (absent: none). ECB+ cannot show the
   * cost of a join on shared names or dates alone (it has no unrelated reports of the same people and days),
   * so this is the highest floor its cross-validation does not penalise.
   */
  minContent?: number;
  /** story–story merges after a join (merge.ts); absent: none */
  merge?: MergeBars;
  /** story splits when a story grows (split.ts); absent: none */
  split?: SplitBars;
}

/** Whether joining would stretch the story beyond `maxSpanDays` (an undated article or story stretches nothing). */
export function overSpan(w: LinkerWeights, a: ArticleView, s: StoryProfile): boolean {
  if (!w.maxSpanDays || a.day === null || s.first === null || s.last === null) return false;
  // a story already longer (built before the cap) still takes an article within its dates: only widening is refused
  return Math.max(s.last, a.day) - Math.min(s.first, a.day) > Math.max(w.maxSpanDays, s.last - s.first);
}

/** The probability a candidate must reach to be joined (see LinkerWeights.newStoryUndated). */
export function joinThreshold(w: LinkerWeights, a: ArticleView, s: StoryProfile): number {
  return a.day === null || s.first === null ? w.newStoryUndated ?? w.newStory : w.newStory;
}
/**
 * Whether an article joins a candidate story at probability `p` and whole-text cosine `cosAll`: the probability
 * must reach the new-story threshold, the cosine the content floor, the story must not stretch beyond the span cap and, when the weights carry a member-level check, the article must also look
 * like the story's latest members (members.ts).
 */
export function joins(w: LinkerWeights, a: ArticleView, s: StoryProfile, p: number, cosAll: number): boolean {
  if (p < joinThreshold(w, a, s) || overSpan(w, a, s) || cosAll < (w.minContent ?? 0)) return false;
  if (!w.member || !s.members.length) return true;
  const bar = a.day === null || s.first === null ? w.member.undated : w.member.dated;
  return bar <= 0 || memberScore(a.words, s.members, w.member.score) >= bar;
}
export const LEARNED: LinkerWeights = weights as LinkerWeights;

export const DATE_CONFIDENCE: Record<string, number> = { given: 1, metadata: 1, text: 0.8, inferred: 0.4 };

const norm = (v: Vector): Vector => {
  let q = 0;
  for (const x of v.values()) q += x * x;
  const k = Math.sqrt(q) || 1;
  return new Map([...v].map(([f, x]) => [f, x / k]));
};

/** Dot product of unnormalised vectors (the average link of a unit vector with a sum of unit vectors, × n). */
const dot = (a: Vector, b: Vector): number => cosine(a, b);

/** Days between the article and the story's span (0 inside it); null when either is undated. */
function gap(a: ArticleView, s: StoryProfile): number | null {
  if (a.day === null || s.first === null || s.last === null) return null;
  return a.day < s.first ? s.first - a.day : a.day > s.last ? a.day - s.last : 0;
}

/** Feature vector of (article, story), in FEATURES order; `cosAll` is the caller's whole-text cosine, `docs` the articles seen. */
export function linkFeatures(a: ArticleView, s: StoryProfile, cosAll: number, docs: number): number[] {
  const d = gap(a, s);
  const storySure = s.n ? s.dateConfidence / s.n : 0;
  // One site's titles share its house style ("Press Briefing by …", "Readout of …"): a title match
  // counts only as far as the story's articles come from other sites.
  const sameSource = a.source && s.n ? (s.sources.get(a.source) ?? 0) / s.n : 0;
  const sure = a.dateConfidence * storySure;
  const sims = memberSimilarities(a.words, s.members); // the two member-level features share one pass
  return [
    1, cosAll, (1 - sameSource) * cosine(a.title, norm(s.title)), cosine(a.lead, norm(s.lead)), cosine(a.body, norm(s.body)),
    cosAll * entityOverlap(a, s, 'person', docs), cosAll * entityOverlap(a, s, 'organization', docs), cosAll * entityOverlap(a, s, null, docs),
    cosAll * entityOverlap(a, s, 'place', docs), cosAll * share(a.eventTypes, s.eventTypes), participantOverlap(a, s, docs),
    d === null ? 0 : cosAll * sure * Math.max(0, 1 - d / 14), d === null ? 0 : sure * Math.min(1, Math.log1p(d) / Math.log1p(365)),
    cosAll * sameSource,
    Math.log1p(s.n) / Math.log1p(100),
    storyCoverage(a, s, docs), yearsApart(a, s),
    s.n ? dot(a.words, s.words) / s.n : 0,
    namesShared(a, s, docs), namesCovered(a, s, docs),
    scoreOfSimilarities(sims, 'max'), scoreOfSimilarities(sims, 'top3'),
    cosAll * numbersShared(a, s), numbersApart(a, s), placesApart(a, s, docs),
  ];
}

export function linkProbability(x: number[], w: LinkerWeights = LEARNED): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i]! * (w.weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

const addTo = <K>(m: Map<K, number>, k: K, x: number) => m.set(k, (m.get(k) ?? 0) + x);

/** Keep the `k` heaviest entries: a story with thousands of members costs no more to update or score. */
function bound<K>(m: Map<K, number>, k: number): Map<K, number> {
  return m.size <= k ? m : new Map([...m].sort((x, y) => y[1] - x[1]).slice(0, k));
}

export const emptyProfile = (): StoryProfile => ({
  n: 0, title: new Map(), lead: new Map(), body: new Map(), words: new Map(), entities: new Map(), eventTypes: new Map(), years: new Map(), months: new Map(), participants: new Map(), names: new Map(), numbers: new Map(),
  first: null, last: null, dateConfidence: 0, sources: new Map(), members: [],
});

/** Fold one member article into a story's profile. */
export function joinProfile(s: StoryProfile, a: ArticleView): void {
  s.n++;
  for (const [key, k] of [['title', 60], ['lead', 120], ['body', 240]] as const) {
    const sum = s[key];
    for (const [f, x] of a[key]) addTo(sum, f, x);
    s[key] = bound(sum, k);
  }
  for (const [f, x] of a.words) addTo(s.words, f, x);
  s.words = bound(s.words, WORDS_KEPT);
  for (const [id, [t, idf]] of a.entities) { const e = s.entities.get(id); s.entities.set(id, [t, (e?.[1] ?? 0) + 1, idf]); }
  if (s.entities.size > PROFILE_KEPT.entities) s.entities = new Map([...s.entities].sort((x, y) => y[1][1] - x[1][1]).slice(0, PROFILE_KEPT.entities));
  for (const t of a.eventTypes) addTo(s.eventTypes, t, 1);
  for (const y of a.years) addTo(s.years, y, 1);
  s.years = bound(s.years, PROFILE_KEPT.years);
  for (const m of a.months ?? []) addTo(s.months, m, 1);
  s.months = bound(s.months, PROFILE_KEPT.years);
  for (const p of a.participants) addTo(s.participants, p, 1);
  s.participants = bound(s.participants, PROFILE_KEPT.participants);
  for (const [w, idf] of a.names) s.names.set(w, [(s.names.get(w)?.[0] ?? 0) + 1, idf]);
  if (s.names.size > PROFILE_KEPT.names) s.names = new Map([...s.names].sort((x, y) => y[1][0] - x[1][0]).slice(0, PROFILE_KEPT.names));
  for (const x of a.numbers ?? []) addTo(s.numbers, x, 1);
  s.numbers = bound(s.numbers, PROFILE_KEPT.numbers);
  if (a.day !== null) { s.first = s.first === null ? a.day : Math.min(s.first, a.day); s.last = s.last === null ? a.day : Math.max(s.last, a.day); }
  s.dateConfidence += a.dateConfidence;
  if (a.source) { addTo(s.sources, a.source, 1); s.sources = bound(s.sources, 50); }
  s.members = keepMember(s.members, sketch(a.words, a.day));
}
