// Incremental story clustering: each arriving article joins the most similar open story (cosine of
// tf-idf terms and linked entities against the story centroid, within a date window) or starts one.
// A long article is also cut into passages: a passage that matches another story strongly links the
// article to that story too (event-level matching: one long statement can speak to several stories).
// Candidate stories come from an inverted index over the heaviest features, so the cost of one
// article is bounded by the posting lists it touches, not by the number of stories.
import { TermStats, cosine, normalise, type Vector } from './terms.js';
import { articleCounts, tfidf } from './features.js';
import { farRanked, mergePartner, mergeProfiles } from './merge.js';
import { emptyProfile, joinProfile, joins, linkFeatures, linkProbability } from './linker.js';
import { clusterOptions, type ClusterInput, type ClusterOptions, type Decide, type OpenStory as Open, type ScoredCandidate, type Story } from './cluster-types.js';
import { articleViewOf } from './cluster-view.js';
import { PassageLinks } from './passage-links.js';
import { splitOff } from './split.js';
import { mergedRoster, mergeWouldSplit, rebuild, rosterEntry, splitMembers, withMember } from './roster.js';

export { DEFAULT_CLUSTER, clusterOptions, type ClusterInput, type ClusterOptions, type Decide, type ScoredCandidate, type Story, type StoryLink } from './cluster-types.js';

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
  /** each copy's original (a copy of a copy: the first original), so a copy leaves with it when its story splits */
  private originalOf = new Map<string, string>();
  private readonly passageLinks: PassageLinks;
  /** stories opened so far (ids stay unique when merged stories leave the list) */
  private opened = 0;
  readonly options: ClusterOptions;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = clusterOptions(options);
    this.passageLinks = new PassageLinks({
      stats: this.stats, options: this.options,
      matchable: (v) => this.matchable(v), candidates: (v, when) => this.candidates(v, when),
      storyOf: (id) => this.ofArticle.get(id), inWindow: (s, when) => this.inWindow(s, when),
    });
  }

  /** Add one article; returns the id of the story it joined or started. `decide` overrides the linker's choice (training). */
  add(input: ClusterInput, decide?: Decide): string {
    const copyOf = input.duplicateOf ? this.ofArticle.get(input.duplicateOf) : undefined;
    if (copyOf) {
      copyOf.copies.push(input.id); this.ofArticle.set(input.id, copyOf);
      this.originalOf.set(input.id, this.originalOf.get(input.duplicateOf!) ?? input.duplicateOf!);
      return copyOf.id;
    }
    const tf = articleCounts(input.title, input.text, input.entities, input.mentions);
    this.stats.observe(tf.keys(), input.source);
    const v = tfidf(this.stats, tf, this.options.top, input.source);
    const when = day(input.date);
    const view = articleViewOf(this.stats, input, v, when, this.options.top);
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
    story.roster = withMember(story.roster, rosterEntry(input.id, input.title, v, view), story.profile.n);
    if (!decide) story = this.mergeNeighbour(story, scored.map((c) => c.s), m, damp);
    if (!decide && this.options.linker.split) story = this.splitCheck(story, input.id);
    if (Number.isFinite(this.options.linkThreshold)) this.passageLinks.link(story, input, when);
    return story.id;
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
  private mergeNeighbour(s: Open, offered: Open[], m: Vector, damp: number): Open {
    const { linker, windowDays } = this.options;
    const far = linker.merge?.far !== undefined && s.first !== null ? this.farPartners(s, offered, m, damp) : [];
    const best = mergePartner(linker, s.profile, [...offered, ...far], windowDays, (t) => !mergeWouldSplit(s, t, linker.split, windowDays));
    if (!best) return s;
    // the larger story keeps its id (on a tie the one that was there first), as on the store path (incremental-merge.ts)
    const [keep, gone] = best.profile.n >= s.profile.n ? [best, s] : [s, best];
    this.absorb(keep, gone);
    return keep;
  }

  /** Dated stories beyond the date window that a far merge may take in, read as the store path reads them (incremental-merge.ts). */
  private farPartners(s: Open, offered: Open[], m: Vector, damp: number): Open[] {
    const seen = new Set([s, ...offered]), hits = new Map<Open, number>();
    for (const [f] of [...m].sort((x, y) => y[1] - x[1]).slice(0, this.options.probe)) {
      for (const t of this.postings.get(f) ?? []) if (!t.gone && !seen.has(t)) hits.set(t, (hits.get(t) ?? 0) + 1);
    }
    return farRanked(hits, (t) => cosine(m, t.centroid) * damp, this.options.threshold).filter((t) => t.first !== null);
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
    keep.roster = mergedRoster(keep.roster, gone.roster);
    // the running sum takes the absorbed story's whole sum at once; refile() files the centroid's new features
    for (const [f, x] of gone.sum) keep.sum.set(f, (keep.sum.get(f) ?? 0) + x);
    if (gone.first !== null) { keep.first = keep.first === null ? gone.first : Math.min(keep.first, gone.first); keep.last = Math.max(keep.last ?? gone.last!, gone.last!); }
    this.refile(keep);
    // nothing reads the absorbed story again: it gives up its posting slots (as its postings go on the store path) and
    // its sums, so a long stream of merges holds no dead stories' vectors
    for (const f of gone.centroid.keys()) { const list = this.postings.get(f); const i = list ? list.indexOf(gone) : -1; if (i >= 0) list!.splice(i, 1); }
    gone.sum = new Map(); gone.centroid = new Map(); gone.core = new Map(); gone.titles = new Map(); gone.links = new Map();
  }

  /** After a story grows: when its members form two groups with a weak seam (split.ts), the group without its first member leaves as a new story. */
  private splitCheck(s: Open, articleId: string): Open {
    const leave = s.roster && splitOff(splitMembers(s.roster), this.options.linker.split!, this.options.windowDays);
    if (!leave) return s;
    const gone = new Set(leave);
    const parted = this.open();
    const [stay, part] = [s.roster!.filter((e) => !gone.has(e.id)), s.roster!.filter((e) => gone.has(e.id))];
    // the leaving members' copies leave with them
    const leaving = (c: string) => gone.has(this.originalOf.get(c)!);
    [parted.copies, s.copies] = [s.copies.filter(leaving), s.copies.filter((c) => !leaving(c))];
    for (const c of parted.copies) this.ofArticle.set(c, parted);
    for (const [story, entries] of [[s, stay], [parted, part]] as const) {
      const { sum, first, last, profile } = rebuild(entries);
      Object.assign(story, { sum, first, last, profile, roster: entries, articles: entries.map((e) => e.id), titles: new Map(entries.map((e) => [e.id, { title: e.title, v: e.v }])) });
      for (const e of entries) this.ofArticle.set(e.id, story);
      // postings of features the kept part no longer has go stale (candidates are scored on the centroid anyway)
      this.refile(story);
    }
    return gone.has(articleId) ? parted : s;
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
    const s: Open = { id: `s${++this.opened}`, centroid: new Map(), core: new Map(), sum: new Map(), articles: [], copies: [], first: null, last: null, titles: new Map(), links: new Map(), profile: emptyProfile(), roster: [] };
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
