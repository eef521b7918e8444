// The PostgreSQL story index: what placing one article reads and writes (see src/store/story-index.ts for SQLite),
// over the placement's transaction. Look-ups that SQLite makes one key at a time are one statement over an array
// here (name keys, MinHash bands, postings' writes), since each statement is a round trip to the server.
// Orders follow SQLite's key order (binary, COLLATE "C") so both engines walk candidates alike.
import type pg from 'pg';
import { UNDATED_DAY, type EntityNodeRow, type GlobalEntityRow, type MemberRef, type StoryIndex, type StoryRow } from '../story-types.js';

export class PgStoryIndex implements StoryIndex {
  constructor(private readonly c: pg.PoolClient) {}

  private async rows<T extends object>(text: string, args: unknown[] = []): Promise<T[]> {
    return (await this.c.query<T>(text, args)).rows;
  }
  private async one<T extends object>(text: string, args: unknown[] = []): Promise<T | undefined> { return (await this.rows<T>(text, args))[0]; }

  async observeAndCount(features: string[], source: string) {
    const list = [...new Set(features)];
    // The document count rides along as a row without a feature.
    const counted = async (text: string, args: unknown[]) => {
      const rs = await this.rows<{ f: string | null; n: string | number }>(text, args);
      return { total: Number(rs.find((r) => r.f === null)!.n), per: new Map(rs.filter((r) => r.f !== null).map((r) => [r.f!, Number(r.n)])) };
    };
    const all = await counted(`WITH d AS (INSERT INTO story_state (k, v) VALUES ('docs', '1') ON CONFLICT (k) DO UPDATE SET v = (story_state.v::bigint + 1)::text RETURNING v),
      f AS (INSERT INTO story_df (feature, df) SELECT f, 1 FROM unnest($1::text[]) f ON CONFLICT (feature) DO UPDATE SET df = story_df.df + 1 RETURNING feature, df)
      SELECT NULL AS f, (SELECT v::bigint FROM d) AS n UNION ALL SELECT feature, df FROM f`, [list]);
    const own = await counted(`WITH s AS (INSERT INTO story_sources (source, docs) VALUES ($1, 1) ON CONFLICT (source) DO UPDATE SET docs = story_sources.docs + 1 RETURNING docs),
      f AS (INSERT INTO story_source_df (source, feature, df) SELECT $1, f, 1 FROM unnest($2::text[]) f
        ON CONFLICT (source, feature) DO UPDATE SET df = story_source_df.df + 1 RETURNING feature, df)
      SELECT NULL AS f, (SELECT docs FROM s) AS n UNION ALL SELECT feature, df FROM f`, [source, list]);
    return { docs: all.total, sourceDocs: own.total, df: all.per, sourceDf: own.per };
  }

  async postingsFor(features: string[], fromDay: number | null, cap: number) {
    // Per feature: the dated stories from fromDay on, most recent first, then (with a date) the undated ones.
    const rows = await this.rows<{ f: string; id: string }>(`SELECT q.f, p.id FROM unnest($1::text[]) WITH ORDINALITY q(f, n) CROSS JOIN LATERAL (
        (SELECT story_id AS id, 0 AS part, last_day, story_id AS sid FROM story_postings WHERE feature = q.f AND ($2::int IS NULL OR last_day >= $2)
          ORDER BY last_day DESC, story_id COLLATE "C" DESC LIMIT $3)
        UNION ALL
        (SELECT story_id, 1, last_day, story_id FROM story_postings WHERE $2::int IS NOT NULL AND feature = q.f AND last_day = $4
          ORDER BY story_id COLLATE "C" DESC LIMIT $3)) p
      ORDER BY q.n, p.part, p.last_day DESC, p.sid COLLATE "C" DESC`, [features, fromDay, cap, UNDATED_DAY]);
    const out = new Map<string, string[]>(features.map((f) => [f, []]));
    for (const r of rows) out.get(r.f)!.push(r.id);
    return out;
  }

  async setPostings(storyId: string, added: string[], dropped: string[], lastDay: number | null, moved: boolean) {
    const day = lastDay ?? UNDATED_DAY;
    if (dropped.length) await this.c.query('DELETE FROM story_postings WHERE story_id = $1 AND feature = ANY($2)', [storyId, dropped]);
    if (moved) await this.c.query('UPDATE story_postings SET last_day = $2 WHERE story_id = $1', [storyId, day]);
    if (added.length) {
      await this.c.query(`INSERT INTO story_postings (feature, story_id, last_day) SELECT f, $1, $2 FROM unnest($3::text[]) f
        ON CONFLICT (feature, story_id) DO UPDATE SET last_day = excluded.last_day`, [storyId, day, added]);
    }
  }

  async centroid(storyId: string) { return (await this.one<{ centroid: string }>('SELECT centroid FROM story_profiles WHERE story_id = $1', [storyId]))?.centroid ?? null; }
  async centroids(storyIds: string[]) {
    const rows = await this.rows<{ id: string; c: string }>('SELECT story_id AS id, centroid AS c FROM story_profiles WHERE story_id = ANY($1)', [storyIds]);
    return new Map(rows.map((r) => [r.id, r.c]));
  }
  async profile(storyId: string) { return (await this.one<{ state: string }>('SELECT state FROM story_profiles WHERE story_id = $1', [storyId]))?.state ?? null; }
  async saveProfile(storyId: string, centroid: string, state: string) {
    await this.c.query(`INSERT INTO story_profiles (story_id, centroid, state) VALUES ($1, $2, $3)
      ON CONFLICT (story_id) DO UPDATE SET centroid = excluded.centroid, state = excluded.state`, [storyId, centroid, state]);
  }

  async addInputs(storyId: string, articleId: string, inputs: string) {
    // Replaced, not updated: the member moves to the end of the order, as SQLite's INSERT OR REPLACE gives it a new rowid.
    await this.c.query('DELETE FROM story_inputs WHERE story_id = $1 AND article_id = $2', [storyId, articleId]);
    await this.c.query('INSERT INTO story_inputs (story_id, article_id, inputs) VALUES ($1, $2, $3)', [storyId, articleId, inputs]);
  }
  async inputs(storyId: string, limit: number) {
    return (await this.rows<{ inputs: string }>(`SELECT inputs FROM (SELECT pos, inputs FROM story_inputs WHERE story_id = $1 ORDER BY pos DESC LIMIT $2) m
      ORDER BY pos`, [storyId, limit])).map((r) => r.inputs);
  }
  async memberRefs(storyId: string, limit: number) {
    return this.rows<MemberRef>(`SELECT id, title, published, copy FROM (SELECT sa.pos, a.id, a.title, a.published, sa.is_copy::int AS copy
      FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = $1 ORDER BY sa.pos DESC LIMIT $2) m ORDER BY pos`, [storyId, limit]);
  }
  async storyOf(articleId: string) { return (await this.one<{ s: string }>('SELECT story_id AS s FROM story_done WHERE article_id = $1', [articleId]))?.s ?? null; }

  async addMember(storyId: string, articleId: string, isCopy: boolean) {
    // One statement: the blank story row (when new) is there when the member's foreign key is checked, at its end.
    await this.c.query(`WITH s AS (INSERT INTO stories (id, title, article_count, source_count, anchor, dossier) VALUES ($1, '', 0, 0, '', '{}') ON CONFLICT DO NOTHING),
      m AS (INSERT INTO story_articles (story_id, article_id, is_copy) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING)
      INSERT INTO story_done (article_id, story_id, seq) VALUES ($2, $1, (SELECT coalesce(max(seq), 0) + 1 FROM story_done))
      ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, seq = excluded.seq`, [storyId, articleId, isCopy]);
  }

  async mergeStories(keep: string, gone: string) {
    await this.c.query('UPDATE story_done SET story_id = $1 WHERE article_id IN (SELECT article_id FROM story_articles WHERE story_id = $2)', [keep, gone]);
    for (const t of ['story_articles', 'story_inputs', 'saved_searches']) await this.c.query(`UPDATE ${t} SET story_id = $1 WHERE story_id = $2`, [keep, gone]);
    for (const t of ['story_postings', 'story_profiles']) await this.c.query(`DELETE FROM ${t} WHERE story_id = $1`, [gone]);
    await this.c.query('DELETE FROM stories WHERE id = $1', [gone]);
    // links to the absorbed story, and to stories it had absorbed, now lead to the kept one
    await this.c.query('UPDATE story_aliases SET story_id = $1 WHERE story_id = $2', [keep, gone]);
    await this.c.query('INSERT INTO story_aliases (old_id, story_id) VALUES ($1, $2) ON CONFLICT (old_id) DO UPDATE SET story_id = excluded.story_id', [gone, keep]);
  }

  async splitStory(from: string, to: string, articleIds: string[]) {
    await this.c.query("INSERT INTO stories (id, title, article_count, source_count, anchor, dossier) VALUES ($1, '', 0, 0, '', '{}') ON CONFLICT (id) DO NOTHING", [to]);
    await this.c.query('DELETE FROM story_aliases WHERE old_id = $1', [to]);
    // the members, then their copies (a copy is recorded against its original: duplicates.duplicate_of)
    let moved = 0;
    for (const t of ['story_articles', 'story_inputs', 'story_done']) {
      await this.c.query(`UPDATE ${t} SET story_id = $1 WHERE story_id = $2 AND article_id = ANY($3::text[])`, [to, from, articleIds]);
      const r = await this.c.query(`UPDATE ${t} SET story_id = $1 WHERE story_id = $2 AND article_id IN (SELECT article_id FROM duplicates WHERE duplicate_of = ANY($3::text[]))`, [to, from, articleIds]);
      if (t === 'story_articles') moved = r.rowCount ?? 0;
    }
    return moved;
  }

  async saveStory<D>(row: Omit<StoryRow<D>, 'articles' | 'copies'>) {
    await this.c.query(`INSERT INTO stories (id, title, first_date, last_date, article_count, source_count, anchor, dossier) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date,
      article_count = excluded.article_count, source_count = excluded.source_count, anchor = excluded.anchor, dossier = excluded.dossier`,
    [row.id, row.title, row.firstDate, row.lastDate, row.articleCount, row.sourceCount, row.anchor, JSON.stringify(row.dossier)]);
  }

  async bandHits(bands: string[]) {
    const rows = await this.rows<{ id: string }>(`SELECT h.id FROM unnest($1::text[]) WITH ORDINALITY b(band, n)
      CROSS JOIN LATERAL (SELECT article_id AS id FROM minhash_bands WHERE band = b.band ORDER BY article_id COLLATE "C" LIMIT 50) h ORDER BY b.n`, [bands]);
    return [...new Set(rows.map((r) => r.id))];
  }
  async signature(articleId: string) {
    const r = await this.one<{ sig: Buffer }>('SELECT sig FROM minhash_signatures WHERE article_id = $1', [articleId]);
    return r ? new Uint32Array(r.sig.buffer.slice(r.sig.byteOffset, r.sig.byteOffset + r.sig.byteLength)) : null;
  }
  async saveSignature(articleId: string, sig: Uint32Array, bands: string[]) {
    await this.c.query(`WITH s AS (INSERT INTO minhash_signatures (article_id, sig) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET sig = excluded.sig)
      INSERT INTO minhash_bands (band, article_id) SELECT b, $1 FROM unnest($3::text[]) b ON CONFLICT DO NOTHING`,
    [articleId, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength), bands]);
  }
  async duplicateOf(articleId: string) { return (await this.one<{ d: string }>('SELECT duplicate_of AS d FROM duplicates WHERE article_id = $1', [articleId]))?.d ?? null; }
  async addDuplicate(articleId: string, of: string) {
    await this.c.query('INSERT INTO duplicates (article_id, duplicate_of) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET duplicate_of = excluded.duplicate_of', [articleId, of]);
  }

  async entityNodesByKey(keys: string[]) {
    const rows = await this.rows<EntityNodeRow & { key: string }>(`SELECT q.key, g.id, g.name, g.type, g.aliases, g.state FROM unnest($1::text[]) q(key)
      CROSS JOIN LATERAL (SELECT g.* FROM entity_keys k JOIN global_entities g ON g.id = k.global_id WHERE k.key = q.key
        ORDER BY k.global_id COLLATE "C" LIMIT 50) g`, [keys]);
    const out = new Map<string, EntityNodeRow[]>(keys.map((k) => [k, []]));
    for (const { key, ...node } of rows) out.get(key)!.push(node);
    return out;
  }
  async existingEntities(ids: string[]) {
    return new Set((await this.rows<{ id: string }>('SELECT id FROM global_entities WHERE id = ANY($1)', [ids])).map((r) => r.id));
  }
  async saveEntities(saved: Array<{ node: GlobalEntityRow; keys: string[] }>) {
    // One statement: each entity's last saved state (an upsert may not touch one row twice), every key it was filed under.
    const last = new Map(saved.map((s) => [s.node.id, s.node]));
    const nodes = [...last.values()];
    const keys = saved.flatMap((s) => s.keys.map((k) => [k, s.node.id] as const));
    await this.c.query(`WITH g AS (INSERT INTO global_entities (id, name, type, aliases, article_count, source_count, state)
        SELECT id, name, type, aliases, 0, 0, state FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) n(id, name, type, aliases, state)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, state = excluded.state)
      INSERT INTO entity_keys (key, global_id) SELECT DISTINCT k, g FROM unnest($6::text[], $7::text[]) x(k, g) ON CONFLICT DO NOTHING`,
    [nodes.map((n) => n.id), nodes.map((n) => n.name), nodes.map((n) => n.type), nodes.map((n) => JSON.stringify(n.aliases)), nodes.map((n) => n.state),
      keys.map(([k]) => k), keys.map(([, g]) => g)]);
  }
  async linkEntities(articleId: string, source: string, links: Array<{ localId: string; globalId: string }>) {
    if (!links.length) return;
    const globals = [...new Set(links.map((l) => l.globalId))];
    // The links, then each entity counted once for the article, and once more for its source when the source is new to it.
    await this.c.query(`INSERT INTO entity_links (article_id, local_id, global_id) SELECT $1, l, g FROM unnest($2::text[], $3::text[]) x(l, g)
      ON CONFLICT (article_id, local_id) DO UPDATE SET global_id = excluded.global_id`, [articleId, links.map((l) => l.localId), links.map((l) => l.globalId)]);
    await this.c.query(`WITH s AS (INSERT INTO entity_sources (global_id, source) SELECT g, $2 FROM unnest($1::text[]) g ON CONFLICT DO NOTHING RETURNING global_id)
      UPDATE global_entities e SET article_count = article_count + 1, source_count = source_count + (SELECT count(*) FROM s WHERE s.global_id = e.id)
      WHERE id = ANY($1)`, [globals, source]);
  }
}
