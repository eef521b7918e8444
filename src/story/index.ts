// Stories across articles: the public surface. Plain functions and small in-memory classes over
// article analyses; persisting their results is the caller's job (no database in here).
import type { Analysis, Claim, StoryEvent } from '../model/analysis.js';
import { EntityLinker, type LinkedEntity } from './names.js';
import { NearDuplicateIndex } from './minhash.js';
import { StoryClusterer, type ClusterOptions, type Decide, type Story } from './cluster.js';
import { placementDate } from './dates.js';
import { followUpMonths, namedYears } from './features.js';
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
    const storyId = this.clusterer.add({
      id, date, title: analysis.article.title, text: analysis.article.text,
      entities: analysis.entities.map((e) => links.get(e.id)!), duplicateOf,
      source,
      entityTypes: Object.fromEntries(analysis.entities.map((e) => [links.get(e.id)!, e.type])),
      events: analysis.events.map((e) => ({ type: e.type, participants: e.participants.map((p) => map(links, p)), place: e.place ? map(links, e.place) : null })),
      dateConfidence, years: namedYears(analysis.times, date, dateConfidence), months: followUpMonths(analysis.times, analysis.article.text),
      mentions: analysis.entities.flatMap((e) => e.mentions.map((m) => ({ entity: links.get(e.id)!, start: m.start, end: m.end }))),
    }, decide);
    this.items.set(id, { analysis, links });
    return { storyId, duplicateOf, entityLinks: links };
  }

  stories(): StoryDossier[] {
    const nameOf = (g: string) => this.linker.get(g)?.name ?? g;
    return this.clusterer.list(nameOf).map((story) => {
      // Linked articles (a passage matched this story) contribute only what lies inside those passages.
      const members = [
        ...story.articles.map((a) => ({ item: this.items.get(a)!, inside: (_: Span) => true })),
        ...story.links.map((l) => ({ item: this.items.get(l.articleId)!, inside: (e: Span) => l.spans.some((p) => e.start >= p.start && e.end <= p.end) })),
      ].filter((m) => m.item);
      const events = members.flatMap(({ item: { analysis, links }, inside }) => analysis.events.filter((e) => inside(e.evidence))
        .map((event) => ({ articleId: analysis.article.id, event: linkEvent(event, links) })));
      const claims: SourcedClaim[] = members.flatMap(({ item: { analysis, links }, inside }) => analysis.claims.filter((c) => inside(c.evidence))
        .map((claim) => ({ articleId: analysis.article.id, date: dateOf(analysis), claim: linkClaim(claim, links), entities: entitiesIn(analysis, links, claim.evidence) })));
      const entityIds = new Set(members.flatMap(({ item: { links } }) => [...links.values()]));
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

const map = (links: Map<string, string>, id: string) => links.get(id) ?? id;

interface Span { start: number; end: number }

/** Linked ids of every entity (places too) mentioned inside `span`: what a claim is about, beyond its actors. */
function entitiesIn(analysis: Analysis, links: Map<string, string>, span: Span): string[] {
  return [...new Set(analysis.entities.filter((e) => e.mentions.some((m) => m.start >= span.start && m.end <= span.end)).map((e) => map(links, e.id)))];
}

export function linkEvent(e: StoryEvent, links: Map<string, string>): StoryEvent {
  return { ...e, participants: e.participants.map((p) => map(links, p)), place: e.place ? map(links, e.place) : null };
}

export function linkClaim(c: Claim, links: Map<string, string>): Claim {
  return { ...c, claimant: map(links, c.claimant), about: c.about.map((a) => map(links, a)), disputedBy: c.disputedBy.map((d) => map(links, d)) };
}

/** One-shot convenience: all analyses in date order through a StoryBuilder. */
export function buildStories(analyses: Analysis[], options: Partial<ClusterOptions> = {}): StoryDossier[] {
  const b = new StoryBuilder(options);
  for (const a of [...analyses].sort((x, y) => (dateOf(x) ?? '').localeCompare(dateOf(y) ?? ''))) b.add(a);
  return b.stories();
}
