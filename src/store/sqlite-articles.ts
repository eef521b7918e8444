// The article save path of the SQLite store: an analysis and all its rows in one transaction. The statements are
// prepared once per store, not once per article (preparing was ~10% of a save), and a first save skips the
// deletes of an earlier one: the full-text table cannot look its rows up by article id, so each of those deletes
// read the whole table, a cost that grew with every article stored. An article's rows of one table are inserted by a
// few multi-row statements, not one per row (RowInserts).
import type Database from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import { entityKey, linkedEntities } from './keys.js';

const ROW_TABLES = ['mentions', 'entities', 'quotes', 'times', 'quantities', 'events', 'claims'] as const;

function prepareAll(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  const rows = (table: string, columns: number) => new RowInserts(db, table, columns);
  return {
    exists: p('SELECT 1 FROM articles WHERE id = ?').pluck(),
    deleteRows: ROW_TABLES.map((t) => p(`DELETE FROM ${t} WHERE article_id = ?`)),
    deleteText: p('DELETE FROM articles_fts WHERE article_id = ?'),
    article: p(`INSERT INTO articles (id, title, published, published_from, language, source_path, source_url, site, text, analysis)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, published = excluded.published, published_from = excluded.published_from,
        language = excluded.language, source_path = excluded.source_path, source_url = excluded.source_url, site = excluded.site,
        text = excluded.text, analysis = excluded.analysis`),
    text: p('INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)'),
    entity: rows('entities (article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country)', 11),
    mention: rows('mentions (article_id, entity_id, start, end)', 4),
    quote: rows('quotes (article_id, local_id, text, kind, speaker, speaker_name, cue, start, end)', 9),
    time: rows('times (article_id, text, value, start, end)', 5),
    quantity: rows('quantities (article_id, text, value, unit, about, start, end)', 7),
    event: rows('events (article_id, local_id, type, date, summary, participants, place, start, end)', 9),
    claim: rows('claims (article_id, local_id, claimant, stance, text, about, disputed_by, start, end)', 9),
    analysed: p("UPDATE raw_inputs SET status = 'analysed', error = NULL WHERE id = ?"),
  };
}

export class ArticleWriter {
  private readonly s: ReturnType<typeof prepareAll>;
  private readonly saveTx: (a: Analysis) => void;

  constructor(db: Database.Database) {
    this.s = prepareAll(db);
    this.saveTx = db.transaction((a: Analysis) => this.write(a)).immediate as (a: Analysis) => void;
  }

  /** Replaces everything stored for the article in one transaction (a savepoint inside an open one). */
  save(a: Analysis): void {
    this.saveTx(a);
  }

  private write(a: Analysis): void {
    const s = this.s;
    const art = a.article;
    const id = art.id;
    if (s.exists.get(id) !== undefined) {
      for (const d of s.deleteRows) d.run(id);
      s.deleteText.run(id);
    }
    let site: string | null = art.siteName ?? null;
    if (!site && art.source.url) site = new URL(art.source.url).hostname.replace(/^www\./, '');
    s.article.run(id, art.title, art.published, art.publishedFrom, art.language, art.source.path ?? null, art.source.url ?? null,
      site, art.text, JSON.stringify(a));
    s.text.run(id, art.title ?? '', art.text);
    const entities = linkedEntities(a);
    s.entity.run(entities, (e) => [id, e.id, entityKey(e), e.name, e.type, JSON.stringify(e.roles), JSON.stringify(e.aliases), e.mentions.length,
      e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.country ?? null]);
    s.mention.run(entities.flatMap((e) => e.mentions.map((m) => [e.id, m] as const)), ([eid, m]) => [id, eid, m.start, m.end]);
    s.quote.run(a.quotes, (q) => [id, q.id, q.text, q.kind, q.speaker, q.speakerName, q.cue, q.start, q.end]);
    s.time.run(a.times, (t) => [id, t.text, t.value, t.start, t.end]);
    s.quantity.run(a.quantities, (q) => [id, q.text, q.value, q.unit, q.about, q.start, q.end]);
    s.event.run(a.events, (e) => [id, e.id, e.type, e.date, e.summary, JSON.stringify(e.participants), e.place, e.evidence.start, e.evidence.end]);
    s.claim.run(a.claims, (c) => [id, c.id, c.claimant, c.stance, c.text, JSON.stringify(c.about), JSON.stringify(c.disputedBy), c.evidence.start, c.evidence.end]);
    s.analysed.run(id);
  }
}

/** Rows per statement: 32, 16, …, 1, the largest that fits first, so a table has at most six statements prepared. */
const MAX_ROWS = 32;

/**
 * Inserts rows of one table by multi-row `INSERT … VALUES (…), (…)` statements, in order. On the tables the totals'
 * triggers count (totals-schema.ts), a statement that fires them costs ~11 µs more than one that does not, however
 * many rows it inserts, while the triggers' own work is ~1 µs a row: one statement per row made them half an
 * article's save. The values are bound as a one-row statement binds them, and the triggers run row by row, after each
 * row, as before: the same rows, rowids and totals.
 */
class RowInserts {
  private readonly statements = new Map<number, Database.Statement>();

  constructor(private readonly db: Database.Database, private readonly table: string, private readonly columns: number) {}

  run<T>(items: readonly T[], values: (item: T) => unknown[]): void {
    for (let at = 0; at < items.length;) {
      let n = MAX_ROWS;
      while (n > items.length - at) n >>= 1;
      const args: unknown[] = [];
      for (let k = at; k < at + n; k++) args.push(...values(items[k]!));
      this.statement(n).run(args);
      at += n;
    }
  }

  private statement(n: number): Database.Statement {
    let s = this.statements.get(n);
    if (!s) {
      const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
      this.statements.set(n, (s = this.db.prepare(`INSERT INTO ${this.table} VALUES ${Array.from({ length: n }, () => row).join(', ')}`)));
    }
    return s;
  }
}
