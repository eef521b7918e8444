// Stored stories (migration 2): written one story at a time by src/story/incremental.ts (through
// story-index.ts), or all at once by a rebuild in one transaction, so readers never see half of one.
// The dossier is opaque JSON here; its shape belongs to the caller.
import type { Database } from 'better-sqlite3';
import type { StoredStorySummary, StoryRow } from './story-types.js';
import type { Page } from './types.js';

export type { StoredStorySummary, StoryRow } from './story-types.js';

const SUMMARY = `id, title, first_date AS firstDate, last_date AS lastDate, article_count AS articleCount,
  source_count AS sourceCount, anchor`;

/** Stories with the most articles first, then the most recent. */
export function listStories(db: Database, page: { limit: number; offset: number }): Page<StoredStorySummary> {
  // Kept by triggers (migration 5): counting the table grows with it.
  const total = (db.prepare("SELECT n FROM store_totals WHERE name = 'stories'").pluck().get() as number | undefined) ?? 0;
  const items = db.prepare(`SELECT ${SUMMARY} FROM stories ORDER BY article_count DESC, last_date DESC, id LIMIT ? OFFSET ?`)
    .all(page.limit, page.offset) as StoredStorySummary[];
  return { items, total, limit: page.limit, offset: page.offset };
}

/** The story's list row and stored dossier: one keyed row, whatever the story's size (the page and API). */
export function getStoryDossier<D>(db: Database, id: string): (StoredStorySummary & { dossier: D }) | null {
  const row = db.prepare(`SELECT ${SUMMARY}, dossier FROM stories WHERE id = ?`).get(id) as (StoredStorySummary & { dossier: string }) | undefined;
  return row ? { ...row, dossier: JSON.parse(row.dossier) as D } : null;
}

/** The story with every member id (a large story has thousands: the page reads getStoryDossier). */
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

/** The live story that absorbed story `id` in a merge (migration 6), or null. */
export function mergedInto(db: Database, id: string): string | null {
  const row = db.prepare('SELECT s.id FROM story_aliases a JOIN stories s ON s.id = a.story_id WHERE a.old_id = ?').get(id) as { id: string } | undefined;
  return row?.id ?? null;
}

export function duplicateCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM duplicates').get() as { n: number }).n;
}
