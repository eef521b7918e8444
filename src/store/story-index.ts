// The incremental story state (migration 3): every read and write src/story/incremental.ts needs to
// place one article, each a keyed look-up or a bounded range, so the cost of an article does not grow
// with the store. Profiles and dossier inputs are opaque JSON here; their shape belongs to the caller.
import type { Database, Statement } from 'better-sqlite3';
import { UNDATED_DAY, type EntityNodeRow, type GlobalEntityRow, type MemberRef, type PendingArticle, type StoryIndex, type StoryRow, type TermCounts } from './story-types.js';

export { UNDATED_DAY, type EntityNodeRow, type PendingArticle } from './story-types.js';

/** Document counts of one batch, held in memory until its end. */
interface BatchTerms { docs: number | null; sources: Map<string, number>; df: Map<string, number>; sourceDf: Map<string, Map<string, number>> }

/** The SQLite story index: every method answers synchronously (a batch placed through it never yields). */
export class StoryIndexStore implements StoryIndex {
  private st = new Map<string, Statement>();
  constructor(readonly db: Database) {}

  private q(sql: string): Statement {
    let s = this.st.get(sql);
    if (!s) { s = this.db.prepare(sql); this.st.set(sql, s); }
    return s;
  }

  // Term statistics. Within a batch (`batch`) the counts live in memory: a feature's count is read on its first sight
  // in the batch, counted there, and every count the batch changed is written once at its end (one statement per
  // table) instead of one upsert per feature and article: the demo's 201 articles count ~60k features, ~12k distinct.
  private terms: BatchTerms | null = null;
  /**
   * Story profiles saved within the batch (null: deleted), written once at its end: a story placed into k times in a
   * batch wrote its ~25–60 KB state k times and read it back k - 1 times. Reads see the latest save.
   */
  private profiles: Map<string, { centroid: string; state: string } | null> | null = null;

  /** Runs `place` (one batch of placements, inside the caller's transaction) with the term counts and profiles kept in memory. */
  batch<T>(place: () => T): T {
    this.terms = { docs: null, sources: new Map(), df: new Map(), sourceDf: new Map() };
    this.profiles = new Map();
    try {
      const out = place();
      this.writeTerms(this.terms);
      this.writeProfiles(this.profiles);
      return out;
    } finally {
      this.terms = null;
      this.profiles = null;
    }
  }

  private writeProfiles(profiles: Map<string, { centroid: string; state: string } | null>): void {
    for (const [id, p] of profiles) {
      if (p) this.q('INSERT OR REPLACE INTO story_profiles (story_id, centroid, state) VALUES (?, ?, ?)').run(id, p.centroid, p.state);
      else this.q('DELETE FROM story_profiles WHERE story_id = ?').run(id);
    }
  }

  observeAndCount(features: string[], source: string): TermCounts {
    const distinct = [...new Set(features)];
    if (!this.terms) return this.batch(() => this.observeAndCount(distinct, source));
    const t = this.terms;
    t.docs = (t.docs ?? Number((this.q("SELECT v FROM story_state WHERE k = 'docs'").get() as { v: string } | undefined)?.v ?? 0)) + 1;
    const sourceDocs = (t.sources.get(source) ?? (this.q('SELECT docs FROM story_sources WHERE source = ?').get(source) as { docs: number } | undefined)?.docs ?? 0) + 1;
    t.sources.set(source, sourceDocs);
    let own = t.sourceDf.get(source);
    if (!own) t.sourceDf.set(source, (own = new Map()));
    const read = (sql: string, have: Map<string, number>, ...args: unknown[]) => {
      const missing = distinct.filter((f) => !have.has(f));
      if (!missing.length) return;
      for (const f of missing) have.set(f, 0);
      for (const r of this.q(sql).all(...args, JSON.stringify(missing)) as Array<{ f: string; n: number }>) have.set(r.f, r.n);
    };
    read('SELECT feature AS f, df AS n FROM story_df WHERE feature IN (SELECT value FROM json_each(?))', t.df);
    read('SELECT feature AS f, df AS n FROM story_source_df WHERE source = ? AND feature IN (SELECT value FROM json_each(?))', own, source);
    const df = new Map<string, number>(), sourceDf = new Map<string, number>();
    for (const f of distinct) { df.set(f, t.df.get(f)! + 1); t.df.set(f, df.get(f)!); sourceDf.set(f, own.get(f)! + 1); own.set(f, sourceDf.get(f)!); }
    return { docs: t.docs, sourceDocs, df, sourceDf };
  }

  /** Writes the counts a batch changed (every count it holds: it only holds the counted ones). */
  private writeTerms(t: BatchTerms): void {
    if (t.docs === null) return;
    this.q("INSERT INTO story_state (k, v) VALUES ('docs', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v").run(String(t.docs));
    const json = (m: Map<string, number>) => JSON.stringify(Object.fromEntries(m));
    this.q('INSERT INTO story_df (feature, df) SELECT key, value FROM json_each(?) WHERE true ON CONFLICT(feature) DO UPDATE SET df = excluded.df').run(json(t.df));
    for (const [source, docs] of t.sources) {
      this.q('INSERT INTO story_sources (source, docs) VALUES (?, ?) ON CONFLICT(source) DO UPDATE SET docs = excluded.docs').run(source, docs);
      this.q('INSERT INTO story_source_df (source, feature, df) SELECT ?, key, value FROM json_each(?) WHERE true ON CONFLICT(source, feature) DO UPDATE SET df = excluded.df')
        .run(source, json(t.sourceDf.get(source)!));
    }
  }

  // Candidate stories.
  /** Story ids filed under `feature` whose last day is at least `fromDay` (any day when null), most recent first. */
  postingsFor(features: string[], fromDay: number | null, cap: number): Map<string, string[]> {
    return new Map(features.map((f) => [f, this.postings(f, fromDay, cap)]));
  }
  private postings(feature: string, fromDay: number | null, cap: number): string[] {
    const rows = fromDay === null
      ? this.q('SELECT story_id AS id FROM story_postings WHERE feature = ? ORDER BY last_day DESC LIMIT ?').all(feature, cap)
      : [...this.q('SELECT story_id AS id FROM story_postings WHERE feature = ? AND last_day >= ? ORDER BY last_day DESC LIMIT ?').all(feature, fromDay, cap),
        ...this.q('SELECT story_id AS id FROM story_postings WHERE feature = ? AND last_day = ? LIMIT ?').all(feature, UNDATED_DAY, cap)];
    return (rows as Array<{ id: string }>).map((r) => r.id);
  }

  /** File the story under `features` (its centroid), dropping the ones it no longer has; `lastDay` when it moved. */
  setPostings(storyId: string, added: string[], dropped: string[], lastDay: number | null, moved: boolean): void {
    const del = this.q('DELETE FROM story_postings WHERE feature = ? AND story_id = ?');
    for (const f of dropped) del.run(f, storyId);
    if (moved) this.q('UPDATE story_postings SET last_day = ? WHERE story_id = ?').run(lastDay ?? UNDATED_DAY, storyId);
    const put = this.q('INSERT OR REPLACE INTO story_postings (feature, story_id, last_day) VALUES (?, ?, ?)');
    for (const f of added) put.run(f, storyId, lastDay ?? UNDATED_DAY);
  }

  // Story state.
  /** A story's centroid alone (small): candidates are ranked on it before any full profile is read. */
  centroid(storyId: string): string | null {
    if (this.profiles?.has(storyId)) return this.profiles.get(storyId)?.centroid ?? null;
    return (this.q('SELECT centroid FROM story_profiles WHERE story_id = ?').get(storyId) as { centroid: string } | undefined)?.centroid ?? null;
  }
  centroids(storyIds: string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of storyIds) { const c = this.centroid(id); if (c !== null) out.set(id, c); }
    return out;
  }
  profile(storyId: string): string | null {
    if (this.profiles?.has(storyId)) return this.profiles.get(storyId)?.state ?? null;
    return (this.q('SELECT state FROM story_profiles WHERE story_id = ?').get(storyId) as { state: string } | undefined)?.state ?? null;
  }
  saveProfile(storyId: string, centroid: string, state: string): void {
    if (this.profiles) this.profiles.set(storyId, { centroid, state });
    else this.q('INSERT OR REPLACE INTO story_profiles (story_id, centroid, state) VALUES (?, ?, ?)').run(storyId, centroid, state);
  }
  addInputs(storyId: string, articleId: string, inputs: string): void {
    this.q('INSERT OR REPLACE INTO story_inputs (story_id, article_id, inputs) VALUES (?, ?, ?)').run(storyId, articleId, inputs);
  }
  /** The dossier inputs of the story's latest `limit` members, oldest first. */
  inputs(storyId: string, limit: number): string[] {
    return (this.q('SELECT inputs FROM (SELECT rowid AS r, inputs FROM story_inputs WHERE story_id = ? ORDER BY rowid DESC LIMIT ?) ORDER BY r').all(storyId, limit) as Array<{ inputs: string }>).map((r) => r.inputs);
  }
  /** The story's latest `limit` members (copies flagged), oldest first: the page's article list. */
  memberRefs(storyId: string, limit: number): MemberRef[] {
    return this.q(`SELECT * FROM (SELECT sa.rowid AS r, a.id, a.title, a.published, sa.is_copy AS copy FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      WHERE sa.story_id = ? ORDER BY sa.rowid DESC LIMIT ?) ORDER BY r`).all(storyId, limit) as MemberRef[];
  }
  storyOf(articleId: string): string | null { return (this.q('SELECT story_id AS s FROM story_done WHERE article_id = ?').get(articleId) as { s: string } | undefined)?.s ?? null; }

  addMember(storyId: string, articleId: string, isCopy: boolean): void {
    this.q("INSERT OR IGNORE INTO stories (id, title, article_count, source_count, anchor, dossier) VALUES (?, '', 0, 0, '', '{}')").run(storyId);
    this.q('INSERT OR IGNORE INTO story_articles (story_id, article_id, is_copy) VALUES (?, ?, ?)').run(storyId, articleId, isCopy ? 1 : 0);
    this.q('INSERT OR REPLACE INTO story_done (article_id, story_id, seq) VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM story_done))').run(articleId, storyId);
  }
  mergeStories(keep: string, gone: string): void {
    this.q('UPDATE story_done SET story_id = ? WHERE article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)').run(keep, gone);
    for (const t of ['story_articles', 'story_inputs', 'saved_searches']) this.q(`UPDATE ${t} SET story_id = ? WHERE story_id = ?`).run(keep, gone);
    for (const t of ['story_postings', 'story_profiles']) this.q(`DELETE FROM ${t} WHERE story_id = ?`).run(gone);
    this.profiles?.set(gone, null);
    this.q('DELETE FROM stories WHERE id = ?').run(gone);
    // links to the absorbed story, and to stories it had absorbed, now lead to the kept one
    this.q('UPDATE story_aliases SET story_id = ? WHERE story_id = ?').run(keep, gone);
    this.q('INSERT INTO story_aliases (old_id, story_id) VALUES (?, ?) ON CONFLICT(old_id) DO UPDATE SET story_id = excluded.story_id').run(gone, keep);
  }
  splitStory(from: string, to: string, articleIds: string[]): number {
    const ids = JSON.stringify(articleIds);
    this.q("INSERT OR IGNORE INTO stories (id, title, article_count, source_count, anchor, dossier) VALUES (?, '', 0, 0, '', '{}')").run(to);
    this.q('DELETE FROM story_aliases WHERE old_id = ?').run(to);
    // the members, then their copies (a copy is recorded against its original: duplicates.duplicate_of)
    const copies = 'SELECT article_id FROM duplicates WHERE duplicate_of IN (SELECT value FROM json_each(?))';
    let moved = 0;
    for (const t of ['story_articles', 'story_inputs', 'story_done']) {
      this.q(`UPDATE ${t} SET story_id = ? WHERE story_id = ? AND article_id IN (SELECT value FROM json_each(?))`).run(to, from, ids);
      const r = this.q(`UPDATE ${t} SET story_id = ? WHERE story_id = ? AND article_id IN (${copies})`).run(to, from, ids);
      if (t === 'story_articles') moved = r.changes;
    }
    return moved;
  }
  saveStory<D>(row: Omit<StoryRow<D>, 'articles' | 'copies'>): void {
    this.q(`INSERT INTO stories (id, title, first_date, last_date, article_count, source_count, anchor, dossier) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date,
      article_count = excluded.article_count, source_count = excluded.source_count, anchor = excluded.anchor, dossier = excluded.dossier`)
      .run(row.id, row.title, row.firstDate, row.lastDate, row.articleCount, row.sourceCount, row.anchor, JSON.stringify(row.dossier));
  }

  /** rowid of the last article placed: articles stored (or re-analysed) later have higher rowids */
  placedUpTo(): number { return Number((this.q("SELECT v FROM story_state WHERE k = 'placed_rowid'").get() as { v: string } | undefined)?.v ?? 0); }
  setPlacedUpTo(rowid: number): void {
    this.q("INSERT INTO story_state (k, v) VALUES ('placed_rowid', ?) ON CONFLICT(k) DO UPDATE SET v = excluded.v").run(String(rowid));
  }
  lastRowid(): number { return (this.q('SELECT max(rowid) AS n FROM articles').get() as { n: number | null }).n ?? 0; }

  /**
   * Before a rebuild: the order to replay, in a temporary table — the articles already placed in the
   * order they were placed, then the others in arrival order.
   */
  snapshotReplay(): void {
    this.db.exec(`DROP TABLE IF EXISTS temp.replay; CREATE TEMP TABLE replay (pos INTEGER PRIMARY KEY, article_id TEXT NOT NULL);
      INSERT INTO temp.replay (article_id) SELECT a.id FROM articles a LEFT JOIN story_done d ON d.article_id = a.id
        ORDER BY d.seq IS NULL, d.seq, a.rowid;`);
  }
  replayAfter(pos: number, limit: number): Array<PendingArticle & { pos: number }> {
    return this.q(`SELECT r.pos, a.rowid, a.id, a.site, a.analysis FROM temp.replay r JOIN articles a ON a.id = r.article_id
      WHERE r.pos > ? ORDER BY r.pos LIMIT ?`).all(pos, limit) as Array<PendingArticle & { pos: number }>;
  }

  /** Articles stored after rowid `after`, in arrival order, a batch at a time. */
  arrivedAfter(after: number, limit: number): PendingArticle[] {
    return this.q('SELECT rowid, id, site, analysis FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?').all(after, limit) as PendingArticle[];
  }

  // Near-duplicates.
  bandHits(bands: string[]): string[] {
    const s = this.q('SELECT article_id AS id FROM minhash_bands WHERE band = ? LIMIT 50');
    return [...new Set(bands.flatMap((b) => (s.all(b) as Array<{ id: string }>).map((r) => r.id)))];
  }
  signature(articleId: string): Uint32Array | null {
    const r = this.q('SELECT sig FROM minhash_signatures WHERE article_id = ?').get(articleId) as { sig: Buffer } | undefined;
    return r ? new Uint32Array(r.sig.buffer.slice(r.sig.byteOffset, r.sig.byteOffset + r.sig.byteLength)) : null;
  }
  saveSignature(articleId: string, sig: Uint32Array, bands: string[]): void {
    this.q('INSERT OR REPLACE INTO minhash_signatures (article_id, sig) VALUES (?, ?)').run(articleId, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength));
    const put = this.q('INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)');
    for (const b of bands) put.run(b, articleId);
  }
  duplicateOf(articleId: string): string | null {
    return (this.q('SELECT duplicate_of AS d FROM duplicates WHERE article_id = ?').get(articleId) as { d: string } | undefined)?.d ?? null;
  }
  addDuplicate(articleId: string, of: string): void { this.q('INSERT OR REPLACE INTO duplicates (article_id, duplicate_of) VALUES (?, ?)').run(articleId, of); }

  // Entity linking.
  entityNodesByKey(keys: string[]): Map<string, EntityNodeRow[]> {
    const s = this.q(`SELECT g.id, g.name, g.type, g.aliases, g.state FROM entity_keys k JOIN global_entities g ON g.id = k.global_id
      WHERE k.key = ? LIMIT 50`);
    return new Map(keys.map((k) => [k, s.all(k) as EntityNodeRow[]]));
  }
  existingEntities(ids: string[]): Set<string> {
    const s = this.q('SELECT 1 FROM global_entities WHERE id = ?');
    return new Set(ids.filter((id) => s.get(id)));
  }
  saveEntities(saved: Array<{ node: GlobalEntityRow; keys: string[] }>): void {
    for (const { node, keys } of saved) this.saveEntity(node, keys);
  }
  private saveEntity(n: GlobalEntityRow, keys: string[]): void {
    this.q(`INSERT INTO global_entities (id, name, type, aliases, article_count, source_count, state) VALUES (?, ?, ?, ?, 0, 0, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, state = excluded.state`).run(n.id, n.name, n.type, JSON.stringify(n.aliases), n.state);
    const put = this.q('INSERT OR IGNORE INTO entity_keys (key, global_id) VALUES (?, ?)');
    for (const k of keys) put.run(k, n.id);
  }
  /** Record the article's links to global entities and count the article and its source once per entity (a statement per table). */
  linkEntities(articleId: string, source: string, links: Array<{ localId: string; globalId: string }>): void {
    if (!links.length) return;
    this.q('INSERT OR REPLACE INTO entity_links (article_id, local_id, global_id) SELECT ?, value ->> 0, value ->> 1 FROM json_each(?)')
      .run(articleId, JSON.stringify(links.map((l) => [l.localId, l.globalId])));
    const entities = JSON.stringify([...new Set(links.map((l) => l.globalId))]);
    const added = (this.q('INSERT OR IGNORE INTO entity_sources (global_id, source) SELECT value, ? FROM json_each(?) WHERE true RETURNING global_id AS id')
      .all(source, entities) as Array<{ id: string }>).map((r) => r.id);
    this.q(`UPDATE global_entities SET article_count = article_count + 1, source_count = source_count + (id IN (SELECT value FROM json_each(?)))
      WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(added), entities);
  }

  /** Empty every story table (a rebuild runs this and the re-placement in one transaction). */
  clear(): void {
    for (const t of ['story_postings', 'story_profiles', 'story_inputs', 'story_done', 'story_df', 'story_source_df', 'story_sources',
      'minhash_bands', 'minhash_signatures', 'entity_links', 'entity_keys', 'entity_sources', 'global_entities', 'duplicates', 'story_articles', 'stories',
      // the replay's own merges write their aliases again; an old alias could lead to a story that no longer holds its articles
      'story_aliases']) {
      this.db.prepare(`DELETE FROM ${t}`).run();
    }
    this.db.prepare("DELETE FROM story_state WHERE k IN ('docs', 'stamp', 'placed_rowid')").run();
  }
}
