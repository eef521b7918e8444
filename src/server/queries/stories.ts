// Stories for the API and pages. `storedStories` (the default) reads the story tables written by
// src/story/refresh.ts, recomputing them first when articles changed since. `threadStories` is the older
// stand-in: threads of articles sharing a prominent entity, gathered from the store on every request.
import { createHash } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Analysis } from '../../model/analysis.js';
import type { Page, SqliteStore } from '../../store/index.js';
import { getStory, listStories, type StoredStorySummary } from '../../store/stories.js';
import { ensureStories } from '../../story/refresh.js';
import type { StoredDossier } from '../../story/refresh-dossier.js';
import type { StoryDetail, StorySummary } from '../schemas.js';

export type StorySummaryT = Static<typeof StorySummary>;
export type StoryDetailT = Static<typeof StoryDetail>;

export interface StoryProvider {
  list(store: SqliteStore, page: { limit: number; offset: number }): Page<StorySummaryT>;
  get(store: SqliteStore, id: string): StoryDetailT | null;
}

const storyId = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 12);

interface Thread { key: string; name: string; articles: number; first: string | null; last: string | null }

/** Entities named in at least `minArticles` articles, people and organisations first: each one a story thread. */
function threads(store: SqliteStore, minArticles: number): Thread[] {
  return store.db.prepare(`SELECT e.key, max(e.name) AS name, count(DISTINCT e.article_id) AS articles,
      min(a.published) AS first, max(a.published) AS last
    FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.type IN ('person', 'organization', 'place', 'other')
    GROUP BY e.key HAVING articles >= ?
    ORDER BY articles DESC, CASE e.type WHEN 'person' THEN 0 WHEN 'organization' THEN 1 ELSE 2 END, sum(e.mention_count) DESC, e.key`)
    .all(minArticles) as Thread[];
}

const summary = (t: Thread): StorySummaryT => ({ id: storyId(t.key), title: t.name, articles: t.articles, from: t.first, to: t.last, anchor: t.key });

function detail(store: SqliteStore, t: Thread): StoryDetailT {
  const ids = (store.db.prepare('SELECT DISTINCT article_id AS id FROM entities WHERE key = ?').all(t.key) as Array<{ id: string }>).map((r) => r.id);
  const analyses = ids.map((id) => store.getAnalysis(id)).filter((a): a is Analysis => a !== null)
    .sort((x, y) => (x.article.published ?? '').localeCompare(y.article.published ?? ''));
  const out: StoryDetailT = { ...summary(t), articleList: [], timeline: [], quotesBySpeaker: [], claims: [], figures: [], places: [] };
  const bySpeaker = new Map<string, StoryDetailT['quotesBySpeaker'][number]['quotes']>();
  const places = new Map<string, StoryDetailT['places'][number]>();
  for (const a of analyses) {
    const articleId = a.article.id;
    out.articleList.push({ id: articleId, title: a.article.title, published: a.article.published });
    const nameOf = new Map(a.entities.map((e) => [e.id, e.name]));
    for (const e of a.events) out.timeline.push({ ...e, articleId });
    for (const q of a.quotes) {
      const who = q.speakerName ?? (q.speaker ? nameOf.get(q.speaker) : undefined) ?? 'unattributed';
      if (!bySpeaker.has(who)) bySpeaker.set(who, []);
      bySpeaker.get(who)!.push({ ...q, articleId });
    }
    for (const c of a.claims) out.claims.push({ ...c, articleId, claimantName: nameOf.get(c.claimant) ?? c.claimant, disputedByNames: c.disputedBy.map((d) => nameOf.get(d) ?? d) });
    for (const q of a.quantities) out.figures.push({ ...q, articleId });
    for (const e of a.entities) {
      if (e.type !== 'place' || !e.geo) continue;
      const key = `${e.type}:${e.name.toLowerCase()}`;
      if (!places.has(key)) places.set(key, { key, name: e.name, lat: e.geo.lat, lon: e.geo.lon });
    }
  }
  out.timeline.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
  out.quotesBySpeaker = [...bySpeaker.entries()].map(([speaker, quotes]) => ({ speaker, quotes }))
    .sort((x, y) => y.quotes.length - x.quotes.length || x.speaker.localeCompare(y.speaker));
  // Disputed claims first: the ledger is about who contests what.
  out.claims.sort((x, y) => y.disputedBy.length - x.disputedBy.length);
  out.places = [...places.values()];
  return out;
}

export function threadStories(minArticles = 2): StoryProvider {
  return {
    list(store, { limit, offset }) {
      const all = threads(store, minArticles);
      return { items: all.slice(offset, offset + limit).map(summary), total: all.length, limit, offset };
    },
    get(store, id) {
      const t = threads(store, minArticles).find((x) => storyId(x.key) === id);
      return t ? detail(store, t) : null;
    },
  };
}

const storedSummary = (s: StoredStorySummary): StorySummaryT =>
  ({ id: s.id, title: s.title, articles: s.articleCount, from: s.firstDate, to: s.lastDate, anchor: s.anchor });

/** Stories from the store's story tables; a write since the last refresh makes the next read recompute them. */
export function storedStories(): StoryProvider {
  return {
    list(store, page) {
      ensureStories(store);
      const p = listStories(store.db, page);
      return { ...p, items: p.items.map(storedSummary) };
    },
    get(store, id) {
      ensureStories(store);
      return storedDetail(store, id);
    },
  };
}

/** One stored story as the API gives it, without checking freshness. */
export function storedDetail(store: SqliteStore, id: string): StoryDetailT | null {
  const row = getStory<StoredDossier>(store.db, id);
  return row ? { ...storedSummary(row), ...row.dossier } : null;
}
