// One story's stored dossier: the StoryBuilder's merged timeline, ledger and positions, with linked
// entity ids replaced by stable global ids and names, plus the quotes, claims, figures and places of
// its articles. Built once per refresh so that reading a story is one row, not a recomputation.
import { createHash } from 'node:crypto';
import type { Analysis, Claim, Quantity, Quote, StoryEvent } from '../model/analysis.js';
import { entityKey } from '../store/keys.js';
import type { StoryRow } from '../store/stories.js';
import { linkClaim, type StoryDossier } from './index.js';

export interface ArticleRef { id: string; title: string | null; published: string | null }
export interface DossierSide { entity: string; name: string; articleId: string; date: string | null; stance: string; text: string }

export interface StoredDossier {
  articleList: ArticleRef[];
  copies: ArticleRef[];
  sources: number;
  timeline: Array<StoryEvent & { articleId: string; participantNames: string[]; sources: Array<{ articleId: string; eventId: string; start: number; end: number }> }>;
  quotesBySpeaker: Array<{ speaker: string; quotes: Array<Quote & { articleId: string }> }>;
  claims: Array<Claim & { articleId: string; claimantName: string; disputedByNames: string[] }>;
  ledger: Array<{ claimant: string; claimantName: string; stance: string; text: string; assertedBy: DossierSide[]; disputedBy: DossierSide[] }>;
  positions: Array<{ entity: string; name: string; positions: Array<{ date: string | null; stance: string; text: string; articleId: string }> }>;
  figures: Array<Quantity & { articleId: string }>;
  places: Array<{ key: string; name: string; lat: number; lon: number }>;
}

export interface DossierContext {
  analyses: Map<string, Analysis>;
  /** per article: local entity id → linker id */
  links: Map<string, Map<string, string>>;
  /** linker id → stable global id */
  globalId: (linkerId: string) => string;
  /** linker id → display name and type */
  entity: (linkerId: string) => { name: string; type: string } | undefined;
  /** article id → its publisher (site), for counting sources */
  sourceOf: (articleId: string) => string;
}

/** A story keeps its id as long as its first article stays first. */
export const storyIdOf = (firstArticle: string) => createHash('sha256').update(`story:${firstArticle}`).digest('hex').slice(0, 12);

const ANCHOR_ORDER = ['person', 'organization'];

export function storedStory(d: StoryDossier, ctx: DossierContext): StoryRow<StoredDossier> {
  const gid = ctx.globalId;
  const name = (g: string) => ctx.entity(g)?.name ?? g;
  const ref = (id: string): ArticleRef => {
    const a = ctx.analyses.get(id)!.article;
    return { id, title: a.title, published: a.published };
  };
  const members = d.articles.map((id) => ctx.analyses.get(id)!);
  // Actors are what a reader follows: the most central person, else organisation, else any entity.
  const anchorLinker = [...ANCHOR_ORDER.map((t) => d.topEntities.find((g) => ctx.entity(g)?.type === t)), d.topEntities[0]].find(Boolean);

  const timeline: StoredDossier['timeline'] = d.timeline.map((t) => ({
    id: t.id, type: t.type, date: t.date, summary: t.summary, place: t.place ? gid(t.place) : null,
    participants: t.participants.map(gid), participantNames: t.participants.map(name),
    evidence: t.sources[0]!.evidence, articleId: t.sources[0]!.articleId,
    sources: t.sources.map((s) => ({ articleId: s.articleId, eventId: s.eventId, start: s.evidence.start, end: s.evidence.end })),
  }));

  const bySpeaker = new Map<string, StoredDossier['quotesBySpeaker'][number]['quotes']>();
  const claims: StoredDossier['claims'] = [];
  const figures: StoredDossier['figures'] = [];
  const places = new Map<string, StoredDossier['places'][number]>();
  for (const a of members) {
    const articleId = a.article.id;
    const links = ctx.links.get(articleId) ?? new Map<string, string>();
    const linked = (local: string) => links.get(local);
    for (const q of a.quotes) {
      const g = q.speaker ? linked(q.speaker) : undefined;
      const who = (g ? name(g) : null) ?? q.speakerName ?? 'unattributed';
      bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), { ...q, speaker: g ? gid(g) : q.speaker, articleId }]);
    }
    for (const c of a.claims) {
      const l = linkClaim(c, links);
      claims.push({ ...l, claimant: gid(l.claimant), about: l.about.map(gid), disputedBy: l.disputedBy.map(gid), articleId,
        claimantName: name(l.claimant), disputedByNames: l.disputedBy.map(name) });
    }
    for (const q of a.quantities) figures.push({ ...q, articleId });
    for (const e of a.entities) {
      const g = linked(e.id);
      if (e.type !== 'place' || !e.geo || !g || places.has(g)) continue;
      // The key links to the entity page, which is keyed by the article's own entity key.
      places.set(g, { key: entityKey(e), name: name(g), lat: e.geo.lat, lon: e.geo.lon });
    }
  }
  const side = (s: { entity: string; articleId: string; date: string | null; stance: string; text: string }): DossierSide =>
    ({ entity: gid(s.entity), name: name(s.entity), articleId: s.articleId, date: s.date, stance: s.stance, text: s.text });

  const dossier: StoredDossier = {
    articleList: d.articles.map(ref), copies: d.copies.map(ref),
    sources: new Set(d.articles.map(ctx.sourceOf)).size,
    timeline,
    quotesBySpeaker: [...bySpeaker.entries()].map(([speaker, quotes]) => ({ speaker, quotes }))
      .sort((x, y) => y.quotes.length - x.quotes.length || x.speaker.localeCompare(y.speaker)),
    // Disputed claims first: the ledger is about who contests what.
    claims: claims.sort((x, y) => y.disputedBy.length - x.disputedBy.length),
    ledger: d.ledger.map((e) => ({ claimant: gid(e.claimant), claimantName: name(e.claimant), stance: e.stance, text: e.text,
      assertedBy: e.assertedBy.map(side), disputedBy: e.disputedBy.map(side) })),
    positions: d.positions.map((p) => ({ entity: gid(p.entity), name: p.name,
      positions: p.positions.map(({ date, stance, text, articleId }) => ({ date, stance, text, articleId })) })),
    figures,
    places: [...places.values()],
  };
  const id = storyIdOf(d.articles[0] ?? d.id);
  return {
    id, title: d.title, firstDate: d.firstDate, lastDate: d.lastDate, articleCount: d.articles.length,
    sourceCount: dossier.sources, anchor: anchorLinker ? gid(anchorLinker) : id,
    articles: d.articles, copies: d.copies, dossier,
  };
}
