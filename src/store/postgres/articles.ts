// Writing to a PostgreSQL store: raw inputs first, then one transaction per analysed article (optionally completing
// its job in that same transaction). Each child table is filled with one INSERT … SELECT FROM unnest(arrays).
import type pg from 'pg';
import type { RawDocument } from '../../ingest/raw.js';
import type { Analysis } from '../../model/analysis.js';
import type { JobCompletion, Failure } from '../engine.js';
import { entityKey, linkedEntities } from '../keys.js';
import type { RawCursor, RawEntry, RawStatus } from '../types.js';
import { inTransaction, type Sql } from './connection.js';

export async function saveRaw(sql: Sql, raw: RawDocument): Promise<{ isNew: boolean; status: RawStatus }> {
  // One statement, not check-then-insert: two processes storing the same input at once both succeed.
  const inserted = await sql.query(`INSERT INTO raw_inputs (id, bytes, size, source_path, source_url, fetched_at, media_type, charset, status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') ON CONFLICT (id) DO NOTHING`, [raw.id, raw.bytes, raw.bytes.length,
    raw.source.path ?? null, raw.source.url ?? null, raw.source.fetchedAt, raw.mediaType, raw.charset]);
  if (inserted.rowCount === 1) return { isNew: true, status: 'pending' };
  const existing = await sql.query<{ status: RawStatus }>('SELECT status FROM raw_inputs WHERE id = $1', [raw.id]);
  return { isNew: false, status: existing.rows[0]!.status };
}

export async function getRaw(sql: Sql, id: string): Promise<RawDocument | null> {
  const r = await sql.query<{ id: string; bytes: Buffer; path: string | null; url: string | null; fetchedAt: string; mediaType: RawDocument['mediaType']; charset: string | null }>(
    `SELECT id, bytes, source_path AS path, source_url AS url, fetched_at AS "fetchedAt", media_type AS "mediaType", charset
     FROM raw_inputs WHERE id = $1`, [id]);
  const row = r.rows[0];
  if (!row) return null;
  return { id: row.id, bytes: row.bytes, mediaType: row.mediaType, charset: row.charset,
    source: { fetchedAt: row.fetchedAt, ...(row.path ? { path: row.path } : {}), ...(row.url ? { url: row.url } : {}) } };
}

export async function markFailed(sql: Sql, id: string, reason: string): Promise<void> {
  await sql.query("UPDATE raw_inputs SET status = 'failed', error = $2 WHERE id = $1", [id, reason]);
}

export async function rawInputs(sql: Sql, after: RawCursor | null, limit: number): Promise<RawEntry[]> {
  // stored_at travels as PostgreSQL's own text (microseconds and offset), so the cursor compares exactly.
  const r = await sql.query<RawEntry>(`SELECT id, status, error, stored_at::text AS "storedAt" FROM raw_inputs
    WHERE (stored_at, id) > (coalesce($1::timestamptz, '-infinity'), $2) ORDER BY stored_at, id LIMIT $3`, [after?.storedAt ?? null, after?.id ?? '', limit]);
  return r.rows;
}

export async function failures(sql: Sql): Promise<Failure[]> {
  const r = await sql.query<Failure>(`SELECT id, coalesce(source_path, source_url) AS source, error FROM raw_inputs
    WHERE status = 'failed' ORDER BY stored_at, id`);
  return r.rows;
}

const CHILD_TABLES = ['mentions', 'entities', 'quotes', 'times', 'quantities', 'events', 'claims'];
const json = (v: unknown) => JSON.stringify(v);

/** One child table's rows, as parallel arrays: `columns` and `types` name the columns after article_id. */
interface ChildRows { table: string; columns: string[]; types: string[]; values: unknown[][] }

/** Every child table's rows and the raw input's status in one statement (data-modifying CTEs): one round trip. */
async function insertChildren(c: pg.PoolClient, id: string, children: ChildRows[]): Promise<void> {
  const args: unknown[] = [id];
  const ctes = children.filter((ch) => ch.values[0]?.length).map((ch) => {
    const params = ch.types.map((t, i) => `$${args.length + i + 1}::${t}[]`).join(', ');
    args.push(...ch.values);
    return `i_${ch.table} AS (INSERT INTO ${ch.table} (article_id, ${ch.columns.join(', ')}) SELECT $1, * FROM unnest(${params}))`;
  });
  const status = "UPDATE raw_inputs SET status = 'analysed', error = NULL WHERE id = $1";
  await c.query(ctes.length ? `WITH ${ctes.join(', ')} ${status}` : status, args);
}

/**
 * Replaces everything stored for the article in one transaction: never half-written. The article row is upserted
 * first, so a concurrent save of the same article waits for this one and then replaces its children instead of
 * adding to them. With `job`, the job is completed in the same transaction, or nothing is written (lease lost).
 */
export async function saveAnalysis(pool: pg.Pool, a: Analysis, job?: JobCompletion): Promise<boolean> {
  const art = a.article;
  const id = art.id;
  let site: string | null = art.siteName ?? null;
  if (!site && art.source.url) site = new URL(art.source.url).hostname.replace(/^www\./, '');
  return inTransaction(pool, async (c) => {
    // With a job: the article is written only if the job is still this worker's (its completion in the same statement).
    const guard = job ? `WITH job AS (UPDATE jobs SET state = 'done', lease_until = NULL, finished_at = $12, last_error = NULL
      WHERE raw_id = $1 AND state = 'running' AND worker = $11 RETURNING 1) ` : '';
    const upsert = await c.query<{ inserted: boolean }>(`${guard}INSERT INTO articles (id, title, published, published_from, language, source_path, source_url, site, text, analysis)
      SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10${job ? ' WHERE EXISTS (SELECT 1 FROM job)' : ''}
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, published_from = excluded.published_from,
        language = excluded.language, source_path = excluded.source_path, source_url = excluded.source_url, site = excluded.site,
        text = excluded.text, analysis = excluded.analysis, analysed_at = clock_timestamp()
      RETURNING (xmax = 0) AS inserted`,
    [id, art.title, art.published, art.publishedFrom, art.language, art.source.path ?? null, art.source.url ?? null, site, art.text, json(a),
      ...(job ? [job.worker, job.now] : [])]);
    if (upsert.rowCount !== 1) return false;
    // After the upsert, which holds the article's row lock: a concurrent save of it has committed its children by now.
    // In the same statement, a new article waits to be placed in a story (a re-analysed one keeps its story, as on SQLite).
    const pending = upsert.rows[0]!.inserted ? ", pending AS (INSERT INTO story_pending (article_id) VALUES ($1) ON CONFLICT DO NOTHING)" : '';
    // Every entity total this save changes (the old keys and the new), locked in one statement in key order: the delete
    // and insert triggers then find them held. Locked by the triggers alone, the old keys and the new ones were taken
    // in two statements, and two re-analyses crossing keys deadlocked.
    await c.query(`SELECT 1 FROM entity_totals WHERE key = ANY($2::text[]) OR key IN (SELECT key FROM entities WHERE article_id = $1)
      ORDER BY key FOR UPDATE`, [id, [...new Set(linkedEntities(a).map((e) => entityKey(e)))]]);
    await c.query(`WITH ${CHILD_TABLES.map((t) => `d_${t} AS (DELETE FROM ${t} WHERE article_id = $1)`).join(', ')}${pending} SELECT 1`, [id]);
    const ents = linkedEntities(a);
    const ments = ents.flatMap((e) => e.mentions.map((m) => ({ e: e.id, ...m })));
    const { quotes: qs, times: ts, quantities: qty, events: evs, claims: cls } = a;
    await insertChildren(c, id, [
      { table: 'entities', columns: ['local_id', 'key', 'name', 'type', 'roles', 'aliases', 'mention_count', 'lat', 'lon', 'country'],
        types: ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'float8', 'float8', 'text'],
        values: [ents.map((e) => e.id), ents.map((e) => entityKey(e)), ents.map((e) => e.name), ents.map((e) => e.type), ents.map((e) => json(e.roles)),
          ents.map((e) => json(e.aliases)), ents.map((e) => e.mentions.length), ents.map((e) => e.geo?.lat ?? null),
          ents.map((e) => e.geo?.lon ?? null), ents.map((e) => e.geo?.country ?? null)] },
      { table: 'mentions', columns: ['entity_id', 'span_start', 'span_end'], types: ['text', 'int', 'int'],
        values: [ments.map((m) => m.e), ments.map((m) => m.start), ments.map((m) => m.end)] },
      { table: 'quotes', columns: ['local_id', 'text', 'kind', 'speaker', 'speaker_name', 'cue', 'span_start', 'span_end'],
        types: ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'],
        values: [qs.map((q) => q.id), qs.map((q) => q.text), qs.map((q) => q.kind), qs.map((q) => q.speaker), qs.map((q) => q.speakerName),
          qs.map((q) => q.cue), qs.map((q) => q.start), qs.map((q) => q.end)] },
      { table: 'times', columns: ['text', 'value', 'span_start', 'span_end'], types: ['text', 'text', 'int', 'int'],
        values: [ts.map((t) => t.text), ts.map((t) => t.value), ts.map((t) => t.start), ts.map((t) => t.end)] },
      { table: 'quantities', columns: ['text', 'value', 'unit', 'about', 'span_start', 'span_end'], types: ['text', 'float8', 'text', 'text', 'int', 'int'],
        values: [qty.map((q) => q.text), qty.map((q) => q.value), qty.map((q) => q.unit), qty.map((q) => q.about), qty.map((q) => q.start), qty.map((q) => q.end)] },
      { table: 'events', columns: ['local_id', 'type', 'date', 'summary', 'participants', 'place', 'span_start', 'span_end'],
        types: ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'],
        values: [evs.map((e) => e.id), evs.map((e) => e.type), evs.map((e) => e.date), evs.map((e) => e.summary), evs.map((e) => json(e.participants)),
          evs.map((e) => e.place), evs.map((e) => e.evidence.start), evs.map((e) => e.evidence.end)] },
      { table: 'claims', columns: ['local_id', 'claimant', 'stance', 'text', 'about', 'disputed_by', 'span_start', 'span_end'],
        types: ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'],
        values: [cls.map((x) => x.id), cls.map((x) => x.claimant), cls.map((x) => x.stance), cls.map((x) => x.text), cls.map((x) => json(x.about)),
          cls.map((x) => json(x.disputedBy)), cls.map((x) => x.evidence.start), cls.map((x) => x.evidence.end)] },
    ]);
    return true;
  });
}
