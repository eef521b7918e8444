// Stories on PostgreSQL behind the engine-neutral StoryStore: the reads the commands and the server need, and the
// transactions placement runs in. Placement holds a transaction-level advisory lock, so placements by any number of
// workers and readers take turns (the story state is shared), while reads never wait for them (MVCC).
import type pg from 'pg';
import type { Analysis } from '../../model/analysis.js';
import type { ExportData, PendingArticle, PlaceBatch, StoredStorySummary, StoryCounts, StoryStore } from '../story-types.js';
import type { Page } from '../types.js';
import { runAsync } from '../steps.js';
import { inTransaction } from './connection.js';
import { totals } from './reads.js';
import { PgStoryIndex } from './story-index.js';

/** Any number serves, as long as no other program on the same server takes it for the same purpose. */
const PLACEMENT_LOCK = 0x5354_4f53; // "STOS"

const SUMMARY = `id, title, first_date AS "firstDate", last_date AS "lastDate", article_count AS "articleCount",
  source_count AS "sourceCount", anchor`;
const ARTICLE = 'a.seq::float8 AS rowid, a.id, a.site, a.analysis::text AS analysis';

export class PgStories implements StoryStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(page: { limit: number; offset: number }): Promise<Page<StoredStorySummary>> {
    const total = (await totals(this.pool, ['stories'])).stories!; // kept by triggers: counting grows with the table
    // NULLS LAST and binary ids: SQLite's order (NULL sorts lowest there).
    const items = (await this.pool.query<StoredStorySummary>(`SELECT ${SUMMARY} FROM stories
      ORDER BY article_count DESC, last_date DESC NULLS LAST, id COLLATE "C" LIMIT $1 OFFSET $2`, [page.limit, page.offset])).rows;
    return { items, total, limit: page.limit, offset: page.offset };
  }

  async dossier<D>(id: string): Promise<(StoredStorySummary & { dossier: D }) | null> {
    const row = (await this.pool.query<StoredStorySummary & { dossier: string }>(`SELECT ${SUMMARY}, dossier FROM stories WHERE id = $1`, [id])).rows[0];
    return row ? { ...row, dossier: JSON.parse(row.dossier) as D } : null;
  }

  async resolveId(prefix: string): Promise<string | null> {
    const rows = (await this.pool.query<{ id: string }>('SELECT id FROM stories WHERE starts_with(id, $1) LIMIT 2', [prefix])).rows;
    return rows.length === 1 ? rows[0]!.id : null;
  }

  async mergedInto(id: string): Promise<string | null> {
    const rows = (await this.pool.query<{ id: string }>('SELECT s.id FROM story_aliases a JOIN stories s ON s.id = a.story_id WHERE a.old_id = $1', [id])).rows;
    return rows[0]?.id ?? null;
  }

  async hasPending(): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM story_pending LIMIT 1')).rows.length > 0;
  }

  async placePending(batchSize: number, place: PlaceBatch): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [PLACEMENT_LOCK]);
      const batch = (await c.query<PendingArticle>(`SELECT ${ARTICLE} FROM story_pending p
        JOIN articles a ON a.id = p.article_id ORDER BY p.seq LIMIT $1`, [batchSize])).rows;
      if (!batch.length) return 0;
      await runAsync(place(new PgStoryIndex(c), batch));
      await c.query('DELETE FROM story_pending WHERE article_id = ANY($1)', [batch.map((r) => r.id)]);
      return batch.length;
    });
  }

  async rebuild(batchSize: number, place: PlaceBatch): Promise<number> {
    return inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [PLACEMENT_LOCK]);
      // The replay order: articles already placed in the order they were placed, then the others in arrival order.
      await c.query(`CREATE TEMP TABLE replay ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY d.seq IS NULL, d.seq, a.seq) AS pos, a.id
        FROM articles a LEFT JOIN story_done d ON d.article_id = a.id`);
      await c.query('CREATE UNIQUE INDEX ON replay (pos)');
      for (const t of ['story_postings', 'story_profiles', 'story_inputs', 'story_done', 'story_df', 'story_source_df', 'story_sources',
        'minhash_bands', 'minhash_signatures', 'entity_links', 'entity_keys', 'entity_sources', 'duplicates', 'story_articles', 'stories', 'global_entities',
        // as on SQLite: the replay's merges write their aliases again
        'story_aliases']) {
        await c.query(`DELETE FROM ${t}`);
      }
      await c.query("DELETE FROM story_state WHERE k IN ('docs', 'stamp', 'placed_rowid')");
      let placed = 0;
      for (let pos = 0; ;) {
        const batch = (await c.query<PendingArticle & { pos: string }>(`SELECT r.pos, ${ARTICLE} FROM replay r JOIN articles a ON a.id = r.id
          WHERE r.pos > $1 ORDER BY r.pos LIMIT $2`, [pos, batchSize])).rows;
        if (!batch.length) break;
        await runAsync(place(new PgStoryIndex(c), batch.map(({ pos: _, ...r }) => r)));
        placed += batch.length;
        pos = Number(batch.at(-1)!.pos);
      }
      await c.query('DELETE FROM story_pending');
      return placed;
    });
  }

  async counts(): Promise<StoryCounts> {
    const r = (await this.pool.query<Record<keyof StoryCounts, string>>(`SELECT (SELECT count(*) FROM story_done) AS articles,
      (SELECT count(*) FROM stories) AS stories, (SELECT count(*) FROM duplicates) AS duplicates, (SELECT count(*) FROM global_entities) AS entities`)).rows[0]!;
    return { articles: Number(r.articles), stories: Number(r.stories), duplicates: Number(r.duplicates), entities: Number(r.entities) };
  }

  async exportData(): Promise<ExportData> {
    const analyses = (await this.pool.query<{ analysis: string }>(`SELECT analysis::text AS analysis FROM articles
      ORDER BY coalesce(left(published, 10), '') COLLATE "C", id COLLATE "C"`)).rows.map((r) => JSON.parse(r.analysis) as Analysis);
    const storyOf = new Map((await this.pool.query<{ a: string; s: string }>('SELECT article_id AS a, story_id AS s FROM story_articles')).rows.map((r) => [r.a, r.s]));
    const globalOf = new Map((await this.pool.query<{ a: string; l: string; g: string }>('SELECT article_id AS a, local_id AS l, global_id AS g FROM entity_links'))
      .rows.map((r) => [`${r.a}#${r.l}`, r.g]));
    return { analyses, storyOf, globalOf };
  }
}
