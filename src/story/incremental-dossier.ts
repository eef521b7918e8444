// A story's stored dossier, rebuilt from its members' dossier inputs when it gains an article: the
// merged timeline, claims ledger and positions need every member's events and claims, but each
// member's share was linked to global entity ids once, when it arrived (`memberInputs`).
import type { Analysis, Claim, Quantity, Quote } from '../model/analysis.js';
import { entityKey } from '../store/keys.js';
import { entitiesIn, linkClaim, linkEvent } from './index.js';
import { dossierIds, dossierLinkedIds, ownNames } from './article-links.js';
import { actorPositions, claimsLedger, type SourcedClaim } from './ledger.js';
import { mergeTimeline, type SourcedEvent } from './timeline.js';
import type { ArticleRef, DossierSide, StoredDossier } from './refresh-dossier.js';

/** One member's share of its story's dossier, with entity ids already global. */
export interface MemberInputs {
  ref: ArticleRef;
  source: string;
  copy: boolean;
  events: SourcedEvent[];
  claims: SourcedClaim[];
  quotes: Array<Quote & { articleId: string; speakerLabel: string }>;
  figures: Array<Quantity & { articleId: string }>;
  places: StoredDossier['places'];
  /** global id → display name, for the ids above */
  names: Record<string, string>;
}

export function memberInputs(a: Analysis, source: string, links: Map<string, string>, nameOf: (g: string) => string, copy: boolean): MemberInputs {
  const articleId = a.article.id;
  const ref = { id: articleId, title: a.article.title, published: a.article.published };
  if (copy) return { ref, source, copy, events: [], claims: [], quotes: [], figures: [], places: [], names: {} };
  const date = a.article.published?.slice(0, 10) ?? null;
  const names: Record<string, string> = {};
  for (const g of dossierLinkedIds(a, links)) names[g] = nameOf(g);
  // a generic group under an id of this article, named as this article names it
  for (const [g, name] of ownNames(a, links)) names[g] = name;
  const id = dossierIds(a, links);
  return {
    ref, source, copy, names,
    events: a.events.map((e) => ({ articleId, event: linkEvent(e, id) })),
    claims: a.claims.map((c) => ({ articleId, date, claim: linkClaim(c, id), entities: entitiesIn(a, links, c.evidence, id) })),
    quotes: a.quotes.map((q) => {
      const speaker = q.speaker ? id(q.speaker) : q.speaker;
      return { ...q, speaker, articleId, speakerLabel: (speaker ? names[speaker] : undefined) ?? q.speakerName ?? 'unattributed' };
    }),
    figures: a.quantities.map((q) => ({ ...q, articleId })),
    places: a.entities.filter((e) => e.type === 'place' && e.geo && links.has(e.id))
      .map((e) => ({ key: entityKey(e), name: nameOf(links.get(e.id)!), lat: e.geo!.lat, lon: e.geo!.lon })),
  };
}

/**
 * How much of each part the stored dossier keeps. A story of hundreds of articles has thousands of
 * quotes, claims and figures: stored whole, its row ran to 2 MB, every placement rewrote it and every
 * page parsed and rendered it (p99 181 ms at 10k articles). The page shows what matters most first; the
 * totals say how much there was. Ordered by what is kept: sources, disputes, recency.
 */
export const DOSSIER_BOUNDS = { timeline: 150, sourcesPerEvent: 20, speakers: 25, quotesPerSpeaker: 8, claims: 120, ledger: 40, sidesPerEntry: 10,
  actors: 20, positionsPerActor: 8, figures: 60, places: 100 };

/** The `n` items that rank first by `rank` (higher first; ties: later items), in their original order. */
function keepBest<T>(items: T[], n: number, rank: (x: T) => number): T[] {
  if (items.length <= n) return items;
  const keep = new Set(items.map((x, i) => ({ i, r: rank(x) })).sort((a, b) => b.r - a.r || b.i - a.i).slice(0, n).map((x) => x.i));
  return items.filter((_, i) => keep.has(i));
}

/** The dossier of a story from all its members' inputs (arrival order), each part bounded (DOSSIER_BOUNDS). */
export function assembleDossier(members: MemberInputs[]): StoredDossier {
  const full = assembleFull(members);
  const B = DOSSIER_BOUNDS;
  const sourcesOf = (e: StoredDossier['timeline'][number]) => new Set(e.sources.map((x) => x.articleId)).size;
  return {
    ...full,
    // Events several sources report first, then the latest.
    timeline: keepBest(full.timeline, B.timeline, sourcesOf).map((e) => ({ ...e, sources: e.sources.slice(0, B.sourcesPerEvent) })),
    quotesBySpeaker: full.quotesBySpeaker.slice(0, B.speakers).map((g) => ({ speaker: g.speaker, quotes: g.quotes.slice(-B.quotesPerSpeaker) })),
    claims: keepBest(full.claims, B.claims, (c) => c.disputedBy.length),
    ledger: keepBest(full.ledger, B.ledger, (e) => e.disputedBy.length * 2 + e.assertedBy.length)
      .map((e) => ({ ...e, assertedBy: e.assertedBy.slice(0, B.sidesPerEntry), disputedBy: e.disputedBy.slice(0, B.sidesPerEntry) })),
    positions: [...full.positions].sort((x, y) => y.positions.length - x.positions.length).slice(0, B.actors)
      .map((p) => ({ ...p, positions: p.positions.slice(-B.positionsPerActor) })),
    figures: full.figures.slice(-B.figures),
    places: full.places.slice(0, B.places),
    totals: {
      timeline: full.timeline.length, quotes: full.quotesBySpeaker.reduce((n, g) => n + g.quotes.length, 0), speakers: full.quotesBySpeaker.length,
      claims: full.claims.length, ledger: full.ledger.length, actors: full.positions.length, figures: full.figures.length, places: full.places.length,
    },
  };
}

function assembleFull(members: MemberInputs[]): StoredDossier {
  const originals = members.filter((m) => !m.copy);
  const names = new Map<string, string>();
  for (const m of originals) for (const [g, n] of Object.entries(m.names)) names.set(g, n);
  const name = (g: string) => names.get(g) ?? g;
  const timeline: StoredDossier['timeline'] = mergeTimeline(originals.flatMap((m) => m.events)).map((t) => ({
    id: t.id, type: t.type, date: t.date, summary: t.summary, place: t.place,
    participants: t.participants, participantNames: t.participants.map(name),
    evidence: t.sources[0]!.evidence, articleId: t.sources[0]!.articleId,
    sources: t.sources.map((s) => ({ articleId: s.articleId, eventId: s.eventId, start: s.evidence.start, end: s.evidence.end })),
  }));
  const sourced = originals.flatMap((m) => m.claims);
  const bySpeaker = new Map<string, StoredDossier['quotesBySpeaker'][number]['quotes']>();
  for (const m of originals) for (const { speakerLabel, ...q } of m.quotes) bySpeaker.set(speakerLabel, [...(bySpeaker.get(speakerLabel) ?? []), q]);
  const side = (s: { entity: string; articleId: string; date: string | null; stance: string; text: string }): DossierSide =>
    ({ entity: s.entity, name: name(s.entity), articleId: s.articleId, date: s.date, stance: s.stance, text: s.text });
  const places = new Map<string, StoredDossier['places'][number]>();
  for (const m of originals) for (const p of m.places) if (!places.has(p.key)) places.set(p.key, p);
  return {
    articleList: originals.map((m) => m.ref), copies: members.filter((m) => m.copy).map((m) => m.ref),
    sources: new Set(originals.map((m) => m.source)).size,
    timeline,
    quotesBySpeaker: [...bySpeaker.entries()].map(([speaker, quotes]) => ({ speaker, quotes }))
      .sort((x, y) => y.quotes.length - x.quotes.length || x.speaker.localeCompare(y.speaker)),
    // Disputed claims first: the ledger is about who contests what.
    claims: sourced.map(({ articleId, claim }) => ({ ...claim, articleId, claimantName: name(claim.claimant), disputedByNames: claim.disputedBy.map(name) }) as Claim & { articleId: string; claimantName: string; disputedByNames: string[] })
      .sort((x, y) => y.disputedBy.length - x.disputedBy.length),
    ledger: claimsLedger(sourced).map((e) => ({ claimant: e.claimant, claimantName: name(e.claimant), stance: e.stance, text: e.text,
      assertedBy: e.assertedBy.map(side), disputedBy: e.disputedBy.map(side) })),
    positions: [...actorPositions(sourced)].map(([entity, ps]) => ({ entity, name: name(entity),
      positions: ps.map(({ date, stance, text, articleId }) => ({ date, stance, text, articleId })) })),
    figures: originals.flatMap((m) => m.figures),
    places: [...places.values()],
  };
}
