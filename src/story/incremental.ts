// Stories kept up to date one article at a time, with their state in the store: the article's
// entities are linked through stored name keys, near-duplicates found through stored MinHash bands,
// candidate stories through postings over each story's heaviest features within the date window,
// and the learned linker (linker.ts) decides which story the article joins or whether it starts one.
// Only the candidates' bounded profiles are read; memory does not grow with the store.
import type { Analysis } from '../model/analysis.js';
import { call, type Steps } from '../store/steps.js';
import type { MemberRef, StoryIndex } from '../store/story-types.js';
import { articleCounts, capitalisedWords, followUpMonths, namedNumbers, namedYears, sectionCounts, tfidf, wordVector } from './features.js';
import { assembleDossier, memberInputs, type MemberInputs } from './incremental-dossier.js';
import { emptyProfile, joinProfile, joins, linkFeatures, linkProbability, type ArticleView } from './linker.js';
import { BANDS, PERMUTATIONS, estimateJaccard, signature } from './minhash.js';
import { EntityLinker } from './names.js';
import { linkedInputs, type LinkedInputs } from './article-links.js';
import { StoredLinker, StoredTerms } from './stored-backends.js';
import { storyIdOf } from './refresh-dossier.js';
import { clusterOptions, type ClusterOptions } from './cluster.js';
import { placementDate, type PlacementDate } from './dates.js';
import { cosine, normalise, type Vector } from './terms.js';
import { loadState, saveState, withOneMoreCopy, type StoryState } from './incremental-state.js';
import { farPartners, mergeStored } from './incremental-merge.js';
import { UNKNOWN_SITE, mergePartner } from './merge.js';
import { splitStored } from './incremental-split.js';
import { mergeWouldSplit, rosterEntry, withMember } from './roster.js';
import { centroidJson } from './state-json.js';

const day = (d: string | null | undefined) => (d ? Math.floor(Date.parse(d.slice(0, 10)) / 86_400_000) : null);
const iso = (n: number | null) => (n === null ? null : new Date(n * 86_400_000).toISOString().slice(0, 10));
/** Candidate stories scored per article, the ones sharing most probe features first. */
const MAX_CANDIDATES = 30;
/** Of those, the ones closest by centroid cosine whose full profile is read and scored by the linker. */
const MAX_PROFILES = 8;
const MIN_MATCHABLE_MASS = 0.15;

const bandKeys = (sig: Uint32Array) => {
  const rows = PERMUTATIONS / BANDS;
  return Array.from({ length: BANDS }, (_, b) => {
    let h = 0x811c9dc5 ^ b;
    for (const x of sig.subarray(b * rows, (b + 1) * rows)) h = Math.imul(h ^ x, 0x01000193) >>> 0;
    let g = b + 1;
    for (const x of sig.subarray(b * rows, (b + 1) * rows)) g = Math.imul(g ^ x, 0x5bd1e995) >>> 0;
    return `${b}.${h.toString(36)}${g.toString(36)}`;
  });
};

export interface Placed { storyId: string; duplicateOf: string | null }

/**
 * Place one analysed article (already saved in the store) in a story; its row and dossier are written when `writes`
 * flushes at the end of the batch. The store calls are steps (src/store/steps.ts): SQLite runs them synchronously
 * inside its transaction, PostgreSQL awaits them.
 */
export function* placeArticle(store: StoryIndex, a: Analysis, site: string | null, options: Partial<ClusterOptions>, writes: StoryWrites): Steps<Placed> {
  const o = clusterOptions(options);
  const id = a.article.id, source = site ?? UNKNOWN_SITE;
  const backend = yield* StoredLinker.load(store, a.entities);
  const links = new EntityLinker(backend).add(id, a.entities);
  yield* backend.flush(store);
  // a generic group is its article's own (Entity.generic): linked for the features, not recorded as a cross-article link
  yield* call(store.linkEntities(id, source, a.entities.filter((e) => !e.generic).map((e) => ({ localId: e.id, globalId: links.get(e.id)! }))));
  const nameOf = (g: string) => backend.touched.get(g)?.name ?? g;

  const sig = signature(a.article.text);
  const bands = bandKeys(sig);
  let best: { id: string; j: number } | null = null;
  for (const other of yield* call(store.bandHits(bands))) {
    const s = yield* call(store.signature(other));
    const j = s ? estimateJaccard(sig, s) : 0;
    if (j >= 0.5 && (!best || j > best.j)) best = { id: other, j };
  }
  yield* call(store.saveSignature(id, sig, bands));
  const original = best ? (yield* call(store.duplicateOf(best.id))) ?? best.id : null;
  const copyStory = original ? yield* call(store.storyOf(original)) : null;
  if (original && copyStory) {
    yield* call(store.addDuplicate(id, original));
    // Only the count of copies changes: the state is parsed at the batch's end, and only if the story's row is then
    // still to be written from it (see StoryWrites).
    const state = withOneMoreCopy((yield* call(store.profile(copyStory)))!);
    const centroid = (yield* call(store.centroid(copyStory)))!;
    yield* call(store.saveProfile(copyStory, centroid, state));
    yield* writeStory(store, { id: copyStory, text: state }, memberInputs(a, source, links, nameOf, true), id, true, writes);
    return { storyId: copyStory, duplicateOf: original };
  }

  const linked = linkedInputs(a, links);
  const tf = articleCounts(a.article.title, a.article.text, linked.entities, linked.mentions);
  const terms = yield* StoredTerms.observe(store, [...tf.keys()], source, site !== null);
  const v = tfidf(terms, tf, o.top, source);
  const placed = placementDate(a.article);
  const when = day(placed.date);
  const view = articleView(a, linked, terms, v, placed, source, o.top);
  let mass = 0;
  const m = new Map<string, number>();
  for (const [f, x] of v) if (terms.count(f) > 1) { m.set(f, x); mass += x * x; }
  const matchable = m.size ? normalise(m) : v;
  const damp = Math.min(1, mass / MIN_MATCHABLE_MASS);

  const docs = terms.docs;
  const hits = new Map<string, number>();
  const probe = [...matchable.entries()].sort((x, y) => y[1] - x[1]).slice(0, o.probe);
  const lists = yield* call(store.postingsFor(probe.map(([f]) => f), when === null ? null : when - o.windowDays, o.postingCap));
  for (const [f] of probe) for (const s of lists.get(f) ?? []) hits.set(s, (hits.get(s) ?? 0) + 1);
  // Rank candidates on their small stored centroids; read the full profile of the closest few only.
  const near: Array<{ id: string; cos: number }> = [];
  const candidates = [...hits].sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES).map(([sid]) => sid);
  const centroids = yield* call(store.centroids(candidates));
  for (const sid of candidates) {
    const cos = cosine(matchable, new Map(JSON.parse(centroids.get(sid)!) as Array<[string, number]>)) * damp;
    if (cos >= o.threshold) near.push({ id: sid, cos });
  }
  let chosen: StoryState | null = null, bestP = -1;
  const offered: StoryState[] = [];
  for (const { id: sid, cos } of near.sort((x, y) => y.cos - x.cos).slice(0, MAX_PROFILES)) {
    const s = loadState((yield* call(store.profile(sid)))!);
    if (when !== null && s.first !== null && s.last !== null && (when < s.first - o.windowDays || when > s.last + o.windowDays)) continue;
    offered.push(s);
    const p = linkProbability(linkFeatures(view, s.profile, cos, docs), o.linker);
    if (joins(o.linker, view, s.profile, p, cos) && p > bestP) { chosen = s; bestP = p; }
  }
  const state: StoryState = chosen ?? { id: storyIdOf(id), first: null, last: null, sum: new Map(), centroid: new Map(), profile: emptyProfile(), titles: [], copies: 0, roster: [] };
  const before = new Set(state.centroid.keys()), lastBefore = state.last;
  if (when !== null) { state.first = state.first === null ? when : Math.min(state.first, when); state.last = state.last === null ? when : Math.max(state.last, when); }
  for (const [f, x] of v) state.sum.set(f, (state.sum.get(f) ?? 0) + x);
  const ranked = [...state.sum.entries()].sort((x, y) => y[1] - x[1]);
  state.sum = new Map(ranked.slice(0, 4 * o.centroidSize));
  state.centroid = normalise(new Map(ranked.slice(0, o.centroidSize)));
  joinProfile(state.profile, view);
  state.roster = withMember(state.roster, rosterEntry(id, a.article.title, v, view), state.profile.n);
  if (state.titles.length < 12) state.titles.push({ title: a.article.title, v: new Map([...v].slice(0, 12)) });
  yield* call(store.saveProfile(state.id, centroidJson(state.centroid), saveState(state)));
  yield* call(store.setPostings(state.id, [...state.centroid.keys()].filter((f) => !before.has(f)), [...before].filter((f) => !state.centroid.has(f)),
    state.last, state.last !== lastBefore));
  yield* writeStory(store, state, memberInputs(a, source, links, nameOf, false), id, false, writes);
  const far = o.linker.merge?.far !== undefined && state.first !== null
    ? yield* farPartners(store, state, probe.map(([f]) => f), (c) => cosine(matchable, c) * damp, offered, o) : [];
  const partner = mergePartner(o.linker, state.profile, [...offered, ...far], o.windowDays, (t) => !mergeWouldSplit(state, t, o.linker.split, o.windowDays));
  let grown = state;
  if (partner) {
    grown = yield* mergeStored(store, state, partner, o);
    writes.drop(grown === state ? partner.id : state.id);
    writes.defer(grown, yield* call(store.memberRefs(grown.id, LISTED_MEMBERS)));
  }
  const split = yield* splitStored(store, grown, o);
  if (!split) return { storyId: grown.id, duplicateOf: null };
  for (const part of [split.kept, split.parted]) writes.defer(part, yield* call(store.memberRefs(part.id, LISTED_MEMBERS)));
  return { storyId: split.parted.roster!.some((e) => e.id === id) ? split.parted.id : split.kept.id, duplicateOf: null };
}

function articleView(a: Analysis, linked: LinkedInputs, terms: StoredTerms, all: Vector, placed: PlacementDate, source: string, top: number): ArticleView {
  const when = day(placed.date), dateConfidence = when === null ? 0 : placed.confidence;
  const sections = sectionCounts(a.article.title, a.article.text);
  const vec = (tf: Map<string, number>) => tfidf(terms, tf, top, source);
  const entities = new Map<string, [string, number]>();
  for (const g of linked.entities) entities.set(g, [linked.types[g]!, terms.idf(`@${g}`)]);
  const participants = new Set<string>();
  for (const ev of linked.events) { for (const p of ev.participants) participants.add(p); if (ev.place) participants.add(ev.place); }
  return {
    all, title: vec(sections.title), lead: vec(sections.lead), body: vec(sections.body), words: wordVector((f) => terms.idf(f), a.article.title, a.article.text), entities,
    eventTypes: new Set(a.events.map((e) => e.type).filter((t) => t !== 'other')), participants,
    years: new Set(namedYears(a.times, placed.date, dateConfidence)), months: new Set(followUpMonths(a.times, a.article.text)), day: when,
    names: new Map(capitalisedWords(a.article.text).map((w) => [w, terms.idf(w)])), numbers: new Set(namedNumbers(a.article.text)), dateConfidence, source,
  };
}

const ANCHOR_ORDER = ['person', 'organization'];
/**
 * Members whose dossier inputs are read when a story grows: the timeline, ledger, quotes and figures
 * follow the latest ones. Assembling is superlinear in the claims (the ledger compares counter-claims
 * with assertions): 200 members of a large story took ~300 ms per placement, 60 about a tenth of it.
 */
const DOSSIER_MEMBERS = 60;
/** Members listed on the story page (titles and dates only, read from the articles). */
const LISTED_MEMBERS = 200;

/**
 * The story rows a batch of placements still has to write: a story that grows several times in one batch has its
 * dossier assembled and written once, at the end (`flush`), from the same members' inputs and state as its last
 * placement would have used. Nothing read while placing depends on the rows (their members are recorded at once).
 */
export class StoryWrites {
  private pending = new Map<string, { s: StoryState | StoredState; refs: MemberRef[] }>();

  /** The story's row is to be written from `s` (a state, or its stored text: parsed only if still the latest at the end). */
  defer(s: StoryState | StoredState, refs: MemberRef[]): void { this.pending.set(s.id, { s, refs }); }

  /** Forgets a story merged into another: its row is gone and must not be written again. */
  drop(id: string): void { this.pending.delete(id); }

  /** Writes every deferred story row, in the order the stories were first deferred. */
  *flush(store: StoryIndex): Steps<void> {
    for (const { s, refs } of this.pending.values()) yield* saveStoryRow(store, 'text' in s ? loadState(s.text) : s, refs);
    this.pending.clear();
  }
}

/** A story's state as stored (the JSON of `saveState`). */
interface StoredState { id: string; text: string }

/** Records the article in the story; the story's row and dossier are rewritten once, when the batch ends (`writes`). */
function* writeStory(store: StoryIndex, s: StoryState | StoredState, inputs: MemberInputs, articleId: string, copy: boolean, writes: StoryWrites): Steps<void> {
  yield* call(store.addInputs(s.id, articleId, JSON.stringify(inputs)));
  const refs = yield* call(store.memberRefs(s.id, LISTED_MEMBERS - 1));
  // Listed as this placement saw it: the article being placed is not a member yet when the refs are read.
  refs.push({ id: articleId, title: inputs.ref.title, published: inputs.ref.published, copy: copy ? 1 : 0 });
  yield* call(store.addMember(s.id, articleId, copy));
  writes.defer(s, refs);
}

/** The story's row and dossier from its latest members' inputs. */
function* saveStoryRow(store: StoryIndex, s: StoryState, refs: MemberRef[]): Steps<void> {
  // The timeline and ledger follow the latest members: a story running for months costs no more to extend.
  const members = (yield* call(store.inputs(s.id, DOSSIER_MEMBERS))).map((x) => JSON.parse(x) as MemberInputs);
  const dossier = assembleDossier(members);
  dossier.articleList = refs.filter((r) => !r.copy).map(({ id, title, published }) => ({ id, title, published }));
  dossier.copies = refs.filter((r) => r.copy).map(({ id, title, published }) => ({ id, title, published }));
  let title: string | null = null, bestSim = -1;
  for (const t of s.titles) { const sim = cosine(t.v, s.centroid); if (t.title && sim > bestSim) { title = t.title; bestSim = sim; } }
  const top = [...s.centroid.entries()].filter(([f]) => f.startsWith('@')).sort((x, y) => y[1] - x[1]).map(([f]) => f.slice(1));
  const typeOf = (g: string) => s.profile.entities.get(g)?.[0];
  const anchor = [...ANCHOR_ORDER.map((t) => top.find((g) => typeOf(g) === t)), top[0]].find(Boolean) ?? s.id;
  const names = new Map(members.flatMap((mm) => Object.entries(mm.names)));
  yield* call(store.saveStory({
    id: s.id, title: title ?? (top.slice(0, 3).map((g) => names.get(g) ?? g).join(', ') || (members[0]?.ref.title ?? s.id)),
    firstDate: iso(s.first), lastDate: iso(s.last), articleCount: s.profile.n, sourceCount: Math.max(dossier.sources, s.profile.sources.size), anchor, dossier,
  }));
}
