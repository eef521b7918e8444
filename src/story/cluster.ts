// Incremental story clustering: each arriving article joins the most similar open story (cosine of
// tf-idf terms and linked entities against the story centroid, within a date window) or starts one.
// A long article is also cut into passages: a passage that matches another story strongly links the
// article to that story too (event-level matching: one long statement can speak to several stories).
// Candidate stories come from an inverted index over the heaviest features, so the cost of one
// article is bounded by the posting lists it touches, not by the number of stories.
import { TermStats, cosine, normalise, type Vector } from './terms.js';
import { articleCounts, capitalisedWords, namedNumbers, passages, sectionCounts, tfidf, wordVector, type EntityMention, type Passage } from './features.js';
import { mergePartner, mergeProfiles } from './merge.js';
import { LEARNED, emptyProfile, joinProfile, joins, linkFeatures, linkProbability, type ArticleView, type LinkerWeights, type StoryProfile } from './linker.js';

export interface ClusterInput {
  id: string;
  /** YYYY-MM-DD or null */
  date: string | null;
  title: string | null;
  text: string;
  /** linked entity ids (EntityLinker) mentioned in the article */
  entities: string[];
  /** id of the earlier article this one copies (NearDuplicateIndex), if any */
  duplicateOf?: string | null;
  /** linked entity mentions with offsets into `text`: weighs lead mentions up and places entities in passages */
  mentions?: EntityMention[];
  /** the publishing site: features common to most of one site's articles are discounted */
  source?: string | null;
  /** linked entity id → entity type (person, organization, place, …) */
  entityTypes?: Record<string, string>;
  /** the article's events with linked participant and place ids */
  events?: Array<{ type: string; participants: string[]; place: string | null }>;
  /** how sure the date is (linker.DATE_CONFIDENCE); defaults to 1 when dated, 0 when not */
  dateConfidence?: number;
  /** years the article names (features.namedYears) */
  years?: number[];
}

/** A candidate story with the linker's features and probability for the arriving article. */
export interface ScoredCandidate { id: string; x: number[]; p: number; /** whether the linker alone would join it */ ok: boolean }
/** Chooses the story an article joins among scored candidates, or null for a new story. */
export type Decide = (candidates: ScoredCandidate[]) => string | null;

/** An article of another story whose passages match this story (the article's main story is elsewhere). */
export interface StoryLink { articleId: string; score: number; spans: Array<{ start: number; end: number }> }

export interface Story {
  id: string;
  title: string;
  articles: string[];
  /** syndicated copies: attached to the story but not counted as sources */
  copies: string[];
  firstDate: string | null;
  lastDate: string | null;
  topEntities: string[];
  /** articles linked through a strongly matching passage, best first */
  links: StoryLink[];
}

interface Open {
  id: string; centroid: Vector; sum: Vector; articles: string[]; copies: string[];
  /** the centroid's `coreSize` heaviest features, renormalised: what a single passage is matched against */
  core: Vector;
  first: number | null; last: number | null; titles: Map<string, { title: string | null; v: Vector }>;
  links: Map<string, StoryLink>;
  profile: StoryProfile;
  /** set when the story was merged into another: stale postings skip it */
  gone?: boolean;
}

export interface ClusterOptions {
  /** whole-text cosine below which a story is not even scored (0: the linker decides alone) */
  threshold: number; windowDays: number; probe: number; postingCap: number; centroidSize: number;
  /** features kept per article vector */
  top: number;
  /** cosine of a passage with another story's core that links the article to it (Infinity: off) */
  linkThreshold: number;
  /** features of a story's core: a passage is short, the full centroid's long tail would drown it */
  coreSize: number;
  /** the learned article-to-story scorer and its new-story threshold */
  linker: LinkerWeights;
}
export const DEFAULT_CLUSTER: ClusterOptions = { linker: LEARNED, threshold: 0, windowDays: LEARNED.windowDays ?? 10, probe: 12, postingCap: 300, centroidSize: 80, top: 30, linkThreshold: 0.25, coreSize: 20 };

/** Options over the defaults; the date window follows the linker's weights unless given. */
export function clusterOptions(options: Partial<ClusterOptions> = {}): ClusterOptions {
  return { ...DEFAULT_CLUSTER, ...(options.linker?.windowDays ? { windowDays: options.linker.windowDays } : {}), ...options };
}

/** A passage indexed under its few heaviest features, to find it again when a matching story grows. */
interface Indexed extends Passage { articleId: string; when: number | null }
const PASSAGE_KEYS = 4;
const MATCHABLE = true;
/**
 * Renormalising the matchable part lets one shared word ("Gothenburg", "Monday") of an otherwise
 * unrelated article weigh as much as a whole shared story, most of all in a small collection where few
 * features are shared. Below this share of the squared norm the cosine is scaled down in proportion.
 */
const MIN_MATCHABLE_MASS = 0.15;

const day = (d: string | null) => (d ? Math.floor(Date.parse(d.slice(0, 10)) / 86_400_000) : null);
const iso = (n: number | null) => (n === null ? null : new Date(n * 86_400_000).toISOString().slice(0, 10));

export class StoryClusterer {
  private stats = new TermStats();
  private stories: Open[] = [];
  private postings = new Map<string, Open[]>();
  private ofArticle = new Map<string, Open>();
  private byId = new Map<string, Open>();
  private passageIndex = new Map<string, Indexed[]>();
  /** stories opened so far (ids stay unique when merged stories leave the list) */
  private opened = 0;
  readonly options: ClusterOptions;

  constructor(options: Partial<ClusterOptions> = {}) { this.options = clusterOptions(options); }

  /** Add one article; returns the id of the story it joined or started. `decide` overrides the linker's choice (training). */
  add(input: ClusterInput, decide?: Decide): string {
    const copyOf = input.duplicateOf ? this.ofArticle.get(input.duplicateOf) : undefined;
    if (copyOf) { copyOf.copies.push(input.id); this.ofArticle.set(input.id, copyOf); return copyOf.id; }
    const tf = articleCounts(input.title, input.text, input.entities, input.mentions);
    this.stats.observe(tf.keys(), input.source);
    const v = tfidf(this.stats, tf, this.options.top, input.source);
    const when = day(input.date);
    const view = this.view(input, v, when);
    const m = this.matchable(v);
    const damp = Math.min(1, this.matchableMass(v) / MIN_MATCHABLE_MASS);
    const scored: Array<ScoredCandidate & { s: Open }> = [];
    for (const s of this.candidates(m, when)) {
      const cos = cosine(m, s.centroid) * damp;
      if (cos < this.options.threshold) continue;
      const x = linkFeatures(view, s.profile, cos, this.stats.docs);
      const p = linkProbability(x, this.options.linker);
      scored.push({ id: s.id, x, p, s, ok: joins(this.options.linker, view, s.profile, p, cos) });
    }
    let story: Open | null = null;
    if (decide) {
      const id = decide(scored.map(({ id, x, p, ok }) => ({ id, x, p, ok })));
      story = id === null ? null : this.byId.get(id) ?? null;
    } else {
      let bestP = -1;
      for (const c of scored) if (c.ok && c.p > bestP) { story = c.s; bestP = c.p; }
    }
    story ??= this.open();
    this.join(story, input, v, when);
    joinProfile(story.profile, view);
    if (!decide) story = this.mergeNeighbour(story, scored.map((c) => c.s));
    if (Number.isFinite(this.options.linkThreshold)) this.linkPassages(story, input, when);
    return story.id;
  }

  /** The article as the linker sees it: section vectors, rarity-weighted typed entities, events, date confidence. */
  private view(input: ClusterInput, all: Vector, when: number | null): ArticleView {
    const sections = sectionCounts(input.title, input.text);
    const vec = (tf: Map<string, number>) => tfidf(this.stats, tf, this.options.top, input.source);
    const entities = new Map<string, [string, number]>();
    for (const e of new Set(input.entities)) entities.set(e, [input.entityTypes?.[e] ?? 'other', this.stats.idf(`@${e}`)]);
    const participants = new Set<string>();
    for (const ev of input.events ?? []) { for (const p of ev.participants) participants.add(p); if (ev.place) participants.add(ev.place); }
    return {
      all, title: vec(sections.title), lead: vec(sections.lead), body: vec(sections.body), words: wordVector((f) => this.stats.idf(f, input.source), input.title, input.text), entities,
      eventTypes: new Set((input.events ?? []).map((e) => e.type).filter((t) => t !== 'other')), participants,
      years: new Set(input.years ?? []), names: new Map(capitalisedWords(input.text).map((w) => [w, this.stats.idf(w, input.source)])), numbers: new Set(namedNumbers(input.text)), day: when, dateConfidence: when === null ? 0 : input.dateConfidence ?? 1, source: input.source ?? null,
    };
  }

  /** Share of the vector's squared norm that some other article has too (see `matchable`). */
  private matchableMass(v: Vector): number {
    let m = 0;
    for (const [f, x] of v) if (this.stats.count(f) > 1) m += x * x;
    return m;
  }

  /**
   * The part of a vector that can match an earlier story: features some other article has too. A word
   * seen only here (a rare name, a typo) gets the highest idf yet can match nothing, so leaving it in
   * the norm would make long, name-rich texts (transcripts) look unlike everything.
   */
  private matchable(v: Vector): Vector {
    if (!MATCHABLE) return v;
    const out = new Map([...v].filter(([f]) => this.stats.count(f) > 1));
    return out.size ? normalise(out) : v;
  }

  /**
   * Link the article to every other story one of its passages matches strongly, and link earlier
   * articles' passages to the story just joined (its centroid moved): the link works in both directions
   * whatever the arrival order. Passages are found through their own inverted index.
   */
  private linkPassages(home: Open, input: ClusterInput, when: number | null): void {
    const own = passages(this.stats, input.text, input.mentions, input.source);
    for (const p of own) {
      const pm = this.matchable(p.v);
      for (const s of this.candidates(pm, when)) if (s !== home) this.tryLink(s, input.id, p, cosine(pm, s.core));
    }
    const seen = new Set<Indexed>();
    const probe = [...home.core.entries()].slice(0, this.options.probe);
    for (const [f] of probe) {
      for (const q of this.passageIndex.get(f) ?? []) {
        if (seen.has(q)) continue;
        seen.add(q);
        if (this.ofArticle.get(q.articleId) === home || !this.inWindow(home, q.when)) continue;
        this.tryLink(home, q.articleId, q, cosine(q.v, home.core));
      }
    }
    for (const p of own) {
      const q: Indexed = { ...p, articleId: input.id, when };
      for (const [f] of [...p.v.entries()].sort((a, b) => b[1] - a[1]).slice(0, PASSAGE_KEYS)) {
        const list = this.passageIndex.get(f) ?? [];
        list.push(q);
        if (list.length > this.options.postingCap) list.shift();
        this.passageIndex.set(f, list);
      }
    }
  }

  private tryLink(s: Open, articleId: string, p: Passage, sim: number): void {
    if (sim < this.options.linkThreshold) return;
    const link = s.links.get(articleId) ?? { articleId, score: 0, spans: [] };
    link.score = Math.max(link.score, sim);
    if (!link.spans.some((x) => x.start === p.start)) link.spans.push({ start: p.start, end: p.end });
    s.links.set(articleId, link);
  }

  private inWindow(s: Open, when: number | null): boolean {
    return when === null || s.first === null || s.last === null ||
      (when >= s.first - this.options.windowDays && when <= s.last + this.options.windowDays);
  }

  storyOf(articleId: string): string | undefined { return this.ofArticle.get(articleId)?.id; }

  /** Current stories, each titled by its most central article (highest cosine to the centroid). */
  list(nameOf: (entityId: string) => string = (e) => e): Story[] {
    return this.stories.map((s) => {
      let title: string | null = null, bestSim = -1;
      for (const { title: t, v } of s.titles.values()) {
        const sim = cosine(v, s.centroid);
        if (t && sim > bestSim) { title = t; bestSim = sim; }
      }
      const topEntities = [...s.centroid.entries()].filter(([f]) => f.startsWith('@')).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f]) => f.slice(1));
      return {
        id: s.id, title: title ?? topEntities.slice(0, 3).map(nameOf).join(', '), articles: s.articles, copies: s.copies,
        firstDate: iso(s.first), lastDate: iso(s.last), topEntities,
        links: [...s.links.values()].sort((a, b) => b.score - a.score),
      };
    });
  }

  /** After a join: the story merges with another story offered for the article when the bars allow (merge.ts). */
  private mergeNeighbour(s: Open, offered: Open[]): Open {
    const best = mergePartner(this.options.linker, s.profile, offered, this.options.windowDays);
    if (!best) return s;
    // the larger story keeps its id (on a tie the one that was there first), as on the store path (incremental-merge.ts)
    const [keep, gone] = best.profile.n >= s.profile.n ? [best, s] : [s, best];
    this.absorb(keep, gone);
    return keep;
  }

  private absorb(keep: Open, gone: Open): void {
    gone.gone = true;
    this.stories.splice(this.stories.indexOf(gone), 1);
    this.byId.delete(gone.id);
    for (const id of [...gone.articles, ...gone.copies]) this.ofArticle.set(id, keep);
    keep.copies.push(...gone.copies);
    for (const [id, l] of gone.links) if (!keep.links.has(id)) keep.links.set(id, l);
    // an article linked to one story through a passage and a member of the other is now simply a member
    for (const id of [...keep.links.keys()]) if (this.ofArticle.get(id) === keep) keep.links.delete(id);
    for (const id of gone.articles) keep.titles.set(id, gone.titles.get(id)!);
    keep.articles.push(...gone.articles);
    mergeProfiles(keep.profile, gone.profile);
    // the running sum takes the absorbed story's whole sum at once; refile() files the centroid's new features
    for (const [f, x] of gone.sum) keep.sum.set(f, (keep.sum.get(f) ?? 0) + x);
    if (gone.first !== null) { keep.first = keep.first === null ? gone.first : Math.min(keep.first, gone.first); keep.last = Math.max(keep.last ?? gone.last!, gone.last!); }
    this.refile(keep);
    // nothing reads the absorbed story again: it gives up its posting slots (as its postings go on the store path) and
    // its sums, so a long stream of merges holds no dead stories' vectors
    for (const f of gone.centroid.keys()) { const list = this.postings.get(f); const i = list ? list.indexOf(gone) : -1; if (i >= 0) list!.splice(i, 1); }
    gone.sum = new Map(); gone.centroid = new Map(); gone.core = new Map(); gone.titles = new Map(); gone.links = new Map();
  }

  private candidates(v: Vector, when: number | null): Set<Open> {
    const out = new Set<Open>();
    const probe = v.size <= this.options.probe ? v : [...v.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.options.probe);
    for (const [f] of probe) {
      for (const s of this.postings.get(f) ?? []) {
        if (!s.gone && this.inWindow(s, when)) out.add(s);
      }
    }
    return out;
  }

  private open(): Open {
    const s: Open = { id: `s${++this.opened}`, centroid: new Map(), core: new Map(), sum: new Map(), articles: [], copies: [], first: null, last: null, titles: new Map(), links: new Map(), profile: emptyProfile() };
    this.stories.push(s);
    this.byId.set(s.id, s);
    return s;
  }

  private join(s: Open, input: ClusterInput, v: Vector, when: number | null): void {
    s.articles.push(input.id);
    s.titles.set(input.id, { title: input.title, v });
    this.ofArticle.set(input.id, s);
    if (when !== null) { s.first = s.first === null ? when : Math.min(s.first, when); s.last = s.last === null ? when : Math.max(s.last, when); }
    for (const [f, x] of v) s.sum.set(f, (s.sum.get(f) ?? 0) + x);
    this.refile(s);
  }

  /** The story's centroid and core from its running sum, and postings for the centroid's new features. */
  private refile(s: Open): void {
    const before = new Set(s.centroid.keys());
    const ranked = [...s.sum.entries()].sort((a, b) => b[1] - a[1]);
    // Bound the running sum too, so a story with thousands of articles costs no more to update.
    if (ranked.length > 4 * this.options.centroidSize) s.sum = new Map(ranked.slice(0, 4 * this.options.centroidSize));
    s.centroid = normalise(new Map(ranked.slice(0, this.options.centroidSize)));
    s.core = normalise(new Map(ranked.slice(0, this.options.coreSize)));
    for (const f of s.centroid.keys()) {
      if (before.has(f)) continue;
      const list = this.postings.get(f) ?? [];
      list.push(s);
      // Keep only the most recent stories per feature: old stories fall out of the date window anyway.
      if (list.length > this.options.postingCap) list.shift();
      this.postings.set(f, list);
    }
  }
}
