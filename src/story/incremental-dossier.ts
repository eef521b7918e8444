// A story's stored dossier, rebuilt from its members' dossier inputs when it gains an article: the
// merged timeline, claims ledger and positions need every member's events and claims, but each
// member's share was linked to global entity ids once, when it arrived (`memberInputs`).
import type { Analysis, Claim, Quantity, Quote } from '../model/analysis.js';
import { entityKey } from '../store/keys.js';
import { linkClaim, linkEvent } from './index.js';
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
  for (const g of links.values()) names[g] = nameOf(g);
  const inside = (s: { start: number; end: number }) => [...new Set(a.entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => links.get(e.id) ?? e.id))];
  return {
    ref, source, copy, names,
    events: a.events.map((e) => ({ articleId, event: linkEvent(e, links) })),
    claims: a.claims.map((c) => ({ articleId, date, claim: linkClaim(c, links), entities: inside(c.evidence) })),
    quotes: a.quotes.map((q) => {
      const g = q.speaker ? links.get(q.speaker) : undefined;
      return { ...q, speaker: g ?? q.speaker, articleId, speakerLabel: (g ? nameOf(g) : null) ?? q.speakerName ?? 'unattributed' };
    }),
    figures: a.quantities.map((q) => ({ ...q, articleId })),
    places: a.entities.filter((e) => e.type === 'place' && e.geo && links.has(e.id))
      .map((e) => ({ key: entityKey(e), name: nameOf(links.get(e.id)!), lat: e.geo!.lat, lon: e.geo!.lon })),
  };
}

/** The dossier of a story from all its members' inputs (arrival order). */
export function assembleDossier(members: MemberInputs[]): StoredDossier {
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
