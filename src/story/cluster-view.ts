// The article as the in-memory clusterer's linker sees it (incremental.ts builds the same view from the store's terms).
import { capitalisedWords, namedNumbers, sectionCounts, tfidf, wordVector } from './features.js';
import type { TermStats, Vector } from './terms.js';
import type { ArticleView } from './linker.js';
import type { ClusterInput } from './cluster-types.js';

/** Section vectors, rarity-weighted typed entities, events, names, numbers and date confidence of one article. */
export function articleViewOf(stats: TermStats, input: ClusterInput, all: Vector, when: number | null, top: number): ArticleView {
  const sections = sectionCounts(input.title, input.text);
  const vec = (tf: Map<string, number>) => tfidf(stats, tf, top, input.source);
  const entities = new Map<string, [string, number]>();
  for (const e of new Set(input.entities)) entities.set(e, [input.entityTypes?.[e] ?? 'other', stats.idf(`@${e}`)]);
  const participants = new Set<string>();
  for (const ev of input.events ?? []) { for (const p of ev.participants) participants.add(p); if (ev.place) participants.add(ev.place); }
  return {
    all, title: vec(sections.title), lead: vec(sections.lead), body: vec(sections.body), words: wordVector((f) => stats.idf(f, input.source), input.title, input.text), entities,
    eventTypes: new Set((input.events ?? []).map((e) => e.type).filter((t) => t !== 'other')), participants,
    years: new Set(input.years ?? []), months: new Set(input.months ?? []), names: new Map(capitalisedWords(input.text).map((w) => [w, stats.idf(w, input.source)])), numbers: new Set(namedNumbers(input.text)), day: when, dateConfidence: when === null ? 0 : input.dateConfidence ?? 1, source: input.source ?? null,
  };
}
