// Stories across articles: the public surface. Plain functions and small in-memory classes over
// article analyses; persisting their results is the caller's job (no database in here).
import type { Analysis, Claim, StoryEvent } from '../model/analysis.js';
import { EntityLinker, type LinkedEntity } from './names.js';
import { NearDuplicateIndex } from './minhash.js';
import { StoryClusterer, type ClusterOptions, type Decide, type Story } from './cluster.js';
import { placementDate } from './dates.js';
import { followUpMonths, namedYears } from './features.js';
import { dossierIds, dossierLinkedIds, linkedInputs, ownNames } from './article-links.js';
import { mergeTimeline, type TimelineEvent } from './timeline.js';
import { actorPositions, claimsLedger, type LedgerEntry, type Position, type SourcedClaim } from './ledger.js';

export { EntityLinker, nameKey, skeleton, nameWords, type LinkedEntity } from './names.js';
export { NearDuplicateIndex, signature, estimateJaccard } from './minhash.js';
export { StoryClusterer, DEFAULT_CLUSTER, type ClusterInput, type ClusterOptions, type Story, type StoryLink } from './cluster.js';
export { LEARNED, FEATURES, linkFeatures, linkProbability, type LinkerWeights } from './linker.js';
export type { Decide, ScoredCandidate } from './cluster.js';
export { mergeTimeline, type TimelineEvent, type SourcedEvent } from './timeline.js';
export { claimsLedger, actorPositions, crossScore, type LedgerEntry, type LedgerSide, type Position, type SourcedClaim } from './ledger.js';

export interface StoryDossier extends Story {
  entities: LinkedEntity[];
  timeline: TimelineEvent[];
  ledger: LedgerEntry[];
  positions: Array<{ entity: string; name: string; positions: Position[] }>;
}

export interface AddResult { storyId: string; duplicateOf: string | null; entityLinks: Map<string, string> }

const dateOf = (a: Analysis) => a.article.published?.slice(0, 10) ?? null;

function sourceOf(a: Analysis): string | null {
  const url = a.article.canonicalUrl ?? a.article.source.url;
  if (url) { try { return new URL(url).hostname.replace(/^www\./, ''); } catch { /* not a URL */ } }
  return a.article.siteName ?? null;
}

/** Feeds analyses one at a time (as articles arrive) and reports stories with their timelines and ledgers. */
export class StoryBuilder {
  readonly linker = new EntityLinker();
  readonly duplicates = new NearDuplicateIndex();
  readonly clusterer: StoryClusterer;
  private items = new Map<string, { analysis: Analysis; links: Map<string, string> }>();

  constructor(options: Partial<ClusterOptions> = {}) { this.clusterer = new StoryClusterer(options); }

  /** `source` (the publishing site) defaults to the site name or the host of the article's URL. */
  add(analysis: Analysis, source: string | null = sourceOf(analysis), decide?: Decide): AddResult {
    const id = analysis.article.id;
    const links = this.linker.add(id, analysis.entities);
    const duplicateOf = this.duplicates.add(id, analysis.article.text);
    // An undated article is placed by an estimate from its URL or date line, less sure (dates.ts).
    const { date, confidence: dateConfidence } = placementDate(analysis.article);
    const linked = linkedInputs(analysis, links);
    const storyId = this.clusterer.add({
      id, date, title: analysis.article.title, text: analysis.article.text,
      entities: linked.entities, duplicateOf, source, entityTypes: linked.types, events: linked.events,
      dateConfidence, years: namedYears(analysis.times, date, dateConfidence), months: followUpMonths(analysis.times, analysis.article.text),
      mentions: linked.mentions,
    }, decide);
    this.items.set(id, { analysis, links });
    return { storyId, duplicateOf, entityLinks: links };
  }

  stories(): StoryDossier[] {
    const linkedName = (g: string) => this.linker.get(g)?.name ?? g;
    return this.clusterer.list(linkedName).map((story) => {
      // Linked articles (a passage matched this story) contribute only what lies inside those passages.
      const members = [
        ...story.articles.map((a) => ({ item: this.items.get(a)!, inside: (_: Span) => true })),
        ...story.links.map((l) => ({ item: this.items.get(l.articleId)!, inside: (e: Span) => l.spans.some((p) => e.start >= p.start && e.end <= p.end) })),
      ].filter((m) => m.item);
      // the members' own entities (generic groups) are named as their article names them
      const local = new Map(members.flatMap(({ item: { analysis, links } }) => [...ownNames(analysis, links)]));
      const nameOf = (g: string) => local.get(g) ?? linkedName(g);
      const events = members.flatMap(({ item: { analysis, links }, inside }) => {
        const id = dossierIds(analysis, links);
        return analysis.events.filter((e) => inside(e.evidence)).map((event) => ({ articleId: analysis.article.id, event: linkEvent(event, id) }));
      });
      const claims: SourcedClaim[] = members.flatMap(({ item: { analysis, links }, inside }) => {
        const id = dossierIds(analysis, links);
        return analysis.claims.filter((c) => inside(c.evidence))
          .map((claim) => ({ articleId: analysis.article.id, date: dateOf(analysis), claim: linkClaim(claim, id), entities: entitiesIn(analysis, links, claim.evidence, id) }));
      });
      const entityIds = new Set(members.flatMap(({ item: { analysis, links } }) => dossierLinkedIds(analysis, links)));
      return {
        ...story,
        entities: [...entityIds].map((g) => this.linker.get(g)!).filter(Boolean),
        timeline: mergeTimeline(events),
        ledger: claimsLedger(claims),
        positions: [...actorPositions(claims)].map(([entity, positions]) => ({ entity, name: nameOf(entity), positions })),
      };
    });
  }
}

interface Span { start: number; end: number }

/** Dossier ids (article-links.ts) of every entity (places too) mentioned inside `span`: what a claim is about, beyond its actors. */
export function entitiesIn(analysis: Analysis, links: Map<string, string>, span: Span, id = dossierIds(analysis, links)): string[] {
  return [...new Set(analysis.entities.filter((e) => e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => id(e.id)))];
}

/** An event with its entity ids as the dossier writes them (`id`: article-links.ts dossierIds). */
export function linkEvent(e: StoryEvent, id: (localId: string) => string): StoryEvent {
  return { ...e, participants: e.participants.map(id), place: e.place ? id(e.place) : null };
}

/** A claim with its entity ids as the dossier writes them (`id`: article-links.ts dossierIds). */
export function linkClaim(c: Claim, id: (localId: string) => string): Claim {
  return { ...c, claimant: id(c.claimant), about: c.about.map(id), disputedBy: c.disputedBy.map(id) };
}

/** One-shot convenience: all analyses in date order through a StoryBuilder. */
export function buildStories(analyses: Analysis[], options: Partial<ClusterOptions> = {}): StoryDossier[] {
  const b = new StoryBuilder(options);
  for (const a of [...analyses].sort((x, y) => (dateOf(x) ?? '').localeCompare(dateOf(y) ?? ''))) b.add(a);
  return b.stories();
}
