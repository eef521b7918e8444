// The article save path of the SQLite store: an analysis and all its rows in one transaction. The statements are
// prepared once per store, not once per article (preparing was ~10% of a save), and a first save skips the
// deletes of an earlier one: the full-text table cannot look its rows up by article id, so each of those deletes
// read the whole table, a cost that grew with every article stored.
import type Database from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import { entityKey, linkedEntities } from './keys.js';

const ROW_TABLES = ['mentions', 'entities', 'quotes', 'times', 'quantities', 'events', 'claims'] as const;

function prepareAll(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
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
    entity: p(`INSERT INTO entities (article_id, local_id, key, name, type, roles, aliases, mention_count, lat, lon, country)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    mention: p('INSERT INTO mentions (article_id, entity_id, start, end) VALUES (?, ?, ?, ?)'),
    quote: p('INSERT INTO quotes (article_id, local_id, text, kind, speaker, speaker_name, cue, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    time: p('INSERT INTO times (article_id, text, value, start, end) VALUES (?, ?, ?, ?, ?)'),
    quantity: p('INSERT INTO quantities (article_id, text, value, unit, about, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    event: p('INSERT INTO events (article_id, local_id, type, date, summary, participants, place, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    claim: p('INSERT INTO claims (article_id, local_id, claimant, stance, text, about, disputed_by, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
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
    for (const e of linkedEntities(a)) {
      s.entity.run(id, e.id, entityKey(e), e.name, e.type, JSON.stringify(e.roles), JSON.stringify(e.aliases), e.mentions.length,
        e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.country ?? null);
      for (const m of e.mentions) s.mention.run(id, e.id, m.start, m.end);
    }
    for (const q of a.quotes) s.quote.run(id, q.id, q.text, q.kind, q.speaker, q.speakerName, q.cue, q.start, q.end);
    for (const t of a.times) s.time.run(id, t.text, t.value, t.start, t.end);
    for (const q of a.quantities) s.quantity.run(id, q.text, q.value, q.unit, q.about, q.start, q.end);
    for (const e of a.events) s.event.run(id, e.id, e.type, e.date, e.summary, JSON.stringify(e.participants), e.place, e.evidence.start, e.evidence.end);
    for (const c of a.claims) s.claim.run(id, c.id, c.claimant, c.stance, c.text, JSON.stringify(c.about), JSON.stringify(c.disputedBy), c.evidence.start, c.evidence.end);
    s.analysed.run(id);
  }
}
