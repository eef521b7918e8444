// Recompute every story from the stored analyses and write them back in one transaction. A full
// recompute (not incremental state) because the builder's answers depend on arrival order and on
// corpus-wide statistics: see docs/decisions/stories-store.md for the measured cost.
import type { Analysis } from '../model/analysis.js';
import { entityKey } from '../store/keys.js';
import type { SqliteStore } from '../store/sqlite.js';
import { articleStamp, replaceStories, storedStamp, type GlobalEntityRow, type StoryTables } from '../store/stories.js';
import { StoryBuilder, type ClusterOptions } from './index.js';
import { storedStory, type StoredDossier } from './refresh-dossier.js';

export interface RefreshReport {
  articles: number;
  stories: number;
  duplicates: number;
  entities: number;
  /** milliseconds spent loading analyses, building stories and writing them */
  ms: { load: number; build: number; write: number };
}

const articleOf = (member: string) => member.slice(0, member.lastIndexOf('#'));

export function refreshStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport {
  const db = store.db;
  const t0 = performance.now();
  const stamp = articleStamp(db);
  // Oldest first (undated first, as buildStories does), ties by id, so a re-run gives the same answer.
  const rows = db.prepare(`SELECT id, site, analysis FROM articles
    ORDER BY coalesce(substr(published, 1, 10), ''), id`).all() as Array<{ id: string; site: string | null; analysis: string }>;
  const analyses = new Map<string, Analysis>();
  const site = new Map<string, string>();
  for (const r of rows) {
    analyses.set(r.id, JSON.parse(r.analysis) as Analysis);
    // Files without a known publisher count as one "unknown" source rather than one source each.
    site.set(r.id, r.site ?? 'unknown');
  }
  const t1 = performance.now();

  const builder = new StoryBuilder(options);
  const links = new Map<string, Map<string, string>>();
  const duplicates: StoryTables<StoredDossier>['duplicates'] = [];
  for (const a of analyses.values()) {
    const r = builder.add(a);
    links.set(a.article.id, r.entityLinks);
    if (r.duplicateOf) duplicates.push({ articleId: a.article.id, duplicateOf: r.duplicateOf });
  }
  const linked = builder.linker.entities();
  // Global ids read like the store's entity keys ("person:maria kessler"); a second entity with the same
  // key (two people the linker keeps apart) gets a suffix, assigned in arrival order.
  const global = new Map<string, string>();
  const taken = new Map<string, number>();
  const sourceOf = (id: string) => site.get(id) ?? 'unknown';
  const entities: GlobalEntityRow[] = linked.map((e) => {
    const key = entityKey(e);
    const n = (taken.get(key) ?? 0) + 1;
    taken.set(key, n);
    const id = n === 1 ? key : `${key}~${n}`;
    global.set(e.id, id);
    const arts = new Set(e.members.map(articleOf));
    return { id, name: e.name, type: e.type, aliases: e.aliases, articleCount: arts.size, sourceCount: new Set([...arts].map(sourceOf)).size };
  });
  const byLinker = new Map(linked.map((e) => [e.id, e]));
  const ctx = { analyses, links, sourceOf, globalId: (g: string) => global.get(g) ?? g, entity: (g: string) => byLinker.get(g) };
  const stories = builder.stories().filter((s) => s.articles.length > 0).map((s) => storedStory(s, ctx));
  const t2 = performance.now();

  replaceStories(db, {
    stories, duplicates, entities, stamp,
    links: [...links].flatMap(([articleId, m]) => [...m].map(([localId, g]) => ({ articleId, localId, globalId: global.get(g)! }))),
  });
  const t3 = performance.now();
  return { articles: analyses.size, stories: stories.length, duplicates: duplicates.length, entities: entities.length,
    ms: { load: t1 - t0, build: t2 - t1, write: t3 - t2 } };
}

/** Refresh only when articles changed since the stories were computed; null when they were fresh. */
export function ensureStories(store: SqliteStore, options: Partial<ClusterOptions> = {}): RefreshReport | null {
  return storedStamp(store.db) === articleStamp(store.db) ? null : refreshStories(store, options);
}
