// The store keeps raw input before analysis, saves each article in one transaction, and stores a duplicate once.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore, toFtsQuery } from '../../src/store/index.js';
import { MAX_QUERY_TERMS } from '../../src/store/sqlite.js';
import { analyzeText } from '../../src/api.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { readFileSync } from 'node:fs';
import { SEED_TEXT } from '../support/seed.js';

const ARTICLE = 'Ministers met in Brussels on Monday to discuss the budget. The talks, which lasted four hours, ended without an agreement, officials said. Both sides will meet again next week, according to a statement from the council, which called the meeting useful.';
let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-store-'));
  store = new SqliteStore(join(dir, 'test.db'));
});
afterEach(() => store.close());

describe('SqliteStore', () => {
  it('migrates a new database to the latest schema version', () => {
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    // Re-opening an existing database does not re-run migrations.
    const again = new SqliteStore(join(dir, 'test.db'));
    expect(again.stats().articles).toBe(0);
    again.close();
  });

  it('stores raw bytes before analysis and records a failure with its reason', async () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'ok.txt'), ARTICLE);
    const report = await ingestPaths([folder], store, { today: '2026-11-26' });
    expect(report.analysed).toBe(1);
    expect(report.failed).toEqual([{ input: join(folder, 'empty.txt'), reason: 'empty input (0 bytes)' }]);
    const failures = store.failures();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toMatch(/empty/);
    const raw = store.db.prepare('SELECT count(*) AS n FROM raw_inputs').get() as { n: number };
    expect(raw.n).toBe(2);
  });

  it('keeps an input whose analysis fails, with status failed, and retries it on the next ingest', async () => {
    const p = join(dir, 'short.txt');
    writeFileSync(p, 'Only a few words here.');
    const first = await ingestPaths([p], store);
    expect(first.failed).toHaveLength(1);
    const row = store.db.prepare('SELECT status, bytes FROM raw_inputs').get() as { status: string; bytes: Buffer };
    expect(row.status).toBe('failed');
    expect(row.bytes.toString()).toBe('Only a few words here.');
  });

  it('ingesting the same article twice stores it once', async () => {
    const p = join(dir, 'a.txt');
    writeFileSync(p, ARTICLE);
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, ARTICLE);
    const r = await ingestPaths([p, copy, p], store);
    expect(r.analysed).toBe(1);
    expect(r.duplicates).toBe(2);
    expect(store.stats().articles).toBe(1);
  });

  it('saves an analysis as queryable rows and reads it back unchanged', () => {
    const a = analyzeText(readFileSync(SEED_TEXT, 'utf8'), { today: '2026-11-26', path: 'seed.txt' });
    store.saveRaw(rawFromBytes(Buffer.from(readFileSync(SEED_TEXT)), { path: 'seed.txt' }));
    store.saveAnalysis(a);
    expect(store.getAnalysis(a.article.id)).toEqual(a);
    expect(store.resolveId(a.article.id.slice(0, 6))).toBe(a.article.id);
    const quotes = store.db.prepare('SELECT count(*) AS n FROM quotes WHERE article_id = ?').get(a.article.id) as { n: number };
    expect(quotes.n).toBe(a.quotes.length);
    // Saving again replaces, never duplicates, the rows.
    store.saveAnalysis(a);
    expect(store.stats().articles).toBe(1);
    const ents = store.db.prepare('SELECT count(*) AS n FROM entities').get() as { n: number };
    expect(ents.n).toBe(a.entities.length);
  });

  it('writes nothing of an article when its transaction fails', () => {
    const a = analyzeText(ARTICLE, { today: '2026-11-26' });
    store.saveRaw(rawFromBytes(Buffer.from(ARTICLE), { path: 'a.txt' }));
    const broken = { ...a, quotes: [{ id: 'q1', text: null as unknown as string, kind: 'direct' as const, speaker: null, speakerName: null, cue: null, start: 0, end: 1 }] };
    expect(() => store.saveAnalysis(broken)).toThrow();
    expect(store.stats().articles).toBe(0);
    expect((store.db.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n).toBe(0);
  });

  it('refuses an analysis whose raw input was never stored', () => {
    expect(() => store.saveAnalysis(analyzeText(ARTICLE, { today: '2026-11-26' }))).toThrow(/FOREIGN KEY/);
  });

  it('full-text search finds words with snippets and survives FTS syntax in the query', () => {
    const raw = rawFromBytes(Buffer.from(ARTICLE), { path: 'a.txt' });
    store.saveRaw(raw);
    const a = analyzeText(ARTICLE, { today: '2026-11-26' });
    expect(a.article.id).toBe(raw.id);
    store.saveAnalysis(a);
    const hits = store.search('budget talks');
    expect(hits.total).toBe(1);
    expect(hits.items[0]!.snippet).toMatch(/\[budget\]/);
    expect(store.search('"unbalanced AND (').total).toBe(0);
    expect(store.search('minist').total).toBe(1); // prefix on the last word
    expect(toFtsQuery('a "b" OR c')).toBe('"a" "b" "OR" "c"*');
  });

  it('search uses each word once, at most MAX_QUERY_TERMS of them, and pages before building snippets', () => {
    expect(toFtsQuery(Array(80).fill('the').join(' '))).toBe('"the"*');
    const many = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsQuery(many).split(' ')).toHaveLength(MAX_QUERY_TERMS);
    for (let i = 0; i < 5; i++) {
      const text = `${ARTICLE} Article number ${i} mentions the budget ${'again '.repeat(i)}here.`;
      const raw = rawFromBytes(Buffer.from(text), { path: `a${i}.txt` });
      store.saveRaw(raw);
      store.saveAnalysis(analyzeText(text, { today: '2026-11-26', path: `a${i}.txt` }));
    }
    const all = store.search('budget', 10);
    expect(all.total).toBe(5);
    const page = store.search(Array(80).fill('budget').join(' '), 2, 1);
    expect(page.total).toBe(5);
    expect(page.items.map((h) => h.id)).toEqual(all.items.slice(1, 3).map((h) => h.id));
    expect(page.items.every((h) => /\[budget\]/.test(h.snippet))).toBe(true);
  });

  it('saveRaw of one input from two connections stores it once and reports it as not new', () => {
    const other = new SqliteStore(join(dir, 'test.db'));
    const raw = rawFromBytes(Buffer.from(ARTICLE), { path: 'a.txt' });
    expect(store.saveRaw(raw)).toEqual({ isNew: true, status: 'pending' });
    expect(other.saveRaw(raw)).toEqual({ isNew: false, status: 'pending' });
    other.close();
  });
});
