// Stored stories (migration 2): every row is rewritten at once by src/story/refresh.ts, so readers
// never see half of one computation. The dossier is opaque JSON here; its shape belongs to the caller.
import type { Database } from 'better-sqlite3';
import type { Page } from './types.js';

export interface StoredStorySummary {
  id: string;
  title: string;
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
  sourceCount: number;
  /** global id of the entity the story follows */
  anchor: string;
}

export interface StoryRow<D> extends StoredStorySummary { articles: string[]; copies: string[]; dossier: D }
export interface GlobalEntityRow { id: string; name: string; type: string; aliases: string[]; articleCount: number; sourceCount: number }
export interface EntityLinkRow { articleId: string; localId: string; globalId: string }

export interface StoryTables<D> {
  stories: Array<StoryRow<D>>;
  duplicates: Array<{ articleId: string; duplicateOf: string }>;
  entities: GlobalEntityRow[];
  links: EntityLinkRow[];
  /** articleStamp() of the articles these rows were computed from */
  stamp: string;
}

/** Changes whenever an article is added, re-analysed or removed: stories computed under another stamp are stale. */
export function articleStamp(db: Database): string {
  const r = db.prepare('SELECT count(*) AS n, max(analysed_at) AS last FROM articles').get() as { n: number; last: string | null };
  return `${r.n}|${r.last ?? ''}`;
}

export function storedStamp(db: Database): string | null {
  const r = db.prepare("SELECT v FROM story_state WHERE k = 'stamp'").get() as { v: string } | undefined;
  return r?.v ?? null;
}

/** Replace every story, duplicate, global entity and entity link in one transaction. */
export function replaceStories<D>(db: Database, t: StoryTables<D>): void {
  db.transaction(() => {
    for (const table of ['entity_links', 'global_entities', 'duplicates', 'story_articles', 'stories']) db.prepare(`DELETE FROM ${table}`).run();
    const insStory = db.prepare(`INSERT INTO stories (id, title, first_date, last_date, article_count, source_count, anchor, dossier)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const insMember = db.prepare('INSERT INTO story_articles (story_id, article_id, is_copy) VALUES (?, ?, ?)');
    for (const s of t.stories) {
      insStory.run(s.id, s.title, s.firstDate, s.lastDate, s.articleCount, s.sourceCount, s.anchor, JSON.stringify(s.dossier));
      for (const a of s.articles) insMember.run(s.id, a, 0);
      for (const a of s.copies) insMember.run(s.id, a, 1);
    }
    const insDup = db.prepare('INSERT INTO duplicates (article_id, duplicate_of) VALUES (?, ?)');
    for (const d of t.duplicates) insDup.run(d.articleId, d.duplicateOf);
    const insEntity = db.prepare('INSERT INTO global_entities (id, name, type, aliases, article_count, source_count) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of t.entities) insEntity.run(e.id, e.name, e.type, JSON.stringify(e.aliases), e.articleCount, e.sourceCount);
    const insLink = db.prepare('INSERT INTO entity_links (article_id, local_id, global_id) VALUES (?, ?, ?)');
    for (const l of t.links) insLink.run(l.articleId, l.localId, l.globalId);
    db.prepare("INSERT INTO story_state (k, v) VALUES ('stamp', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v").run(t.stamp);
  })();
}

const SUMMARY = `id, title, first_date AS firstDate, last_date AS lastDate, article_count AS articleCount,
  source_count AS sourceCount, anchor`;

/** Stories with the most articles first, then the most recent. */
export function listStories(db: Database, page: { limit: number; offset: number }): Page<StoredStorySummary> {
  const total = (db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  const items = db.prepare(`SELECT ${SUMMARY} FROM stories ORDER BY article_count DESC, last_date DESC, id LIMIT ? OFFSET ?`)
    .all(page.limit, page.offset) as StoredStorySummary[];
  return { items, total, limit: page.limit, offset: page.offset };
}

export function getStory<D>(db: Database, id: string): StoryRow<D> | null {
  const row = db.prepare(`SELECT ${SUMMARY}, dossier FROM stories WHERE id = ?`).get(id) as (StoredStorySummary & { dossier: string }) | undefined;
  if (!row) return null;
  const members = db.prepare('SELECT article_id AS id, is_copy AS copy FROM story_articles WHERE story_id = ? ORDER BY rowid').all(id) as Array<{ id: string; copy: number }>;
  return {
    ...row, dossier: JSON.parse(row.dossier) as D,
    articles: members.filter((m) => !m.copy).map((m) => m.id), copies: members.filter((m) => m.copy).map((m) => m.id),
  };
}

/** Story ids may be given by a unique prefix, as article ids are. */
export function resolveStoryId(db: Database, prefix: string): string | null {
  const rows = db.prepare("SELECT id FROM stories WHERE id LIKE ? || '%' LIMIT 2").all(prefix) as Array<{ id: string }>;
  return rows.length === 1 ? rows[0]!.id : null;
}

export function duplicateCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM duplicates').get() as { n: number }).n;
}
