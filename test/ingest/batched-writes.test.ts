// Ingest stores each batch's raw inputs before analysing any of them and writes the analyses a batch per
// transaction: one article that cannot be written fails alone, an interrupted run leaves its inputs pending for the
// next, and the same bytes twice in one run are analysed once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/index.js';
import { ingestSources } from '../../src/ingest/run.js';
import { inlineAnalyzer, type Analyzer } from '../../src/ingest/analyzer.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import type { PendingSource } from '../../src/ingest/sources.js';

const TOWNS = ['Brussels', 'Lisbon', 'Vienna', 'Prague', 'Warsaw', 'Dublin', 'Madrid', 'Oslo', 'Riga', 'Tallinn'];
const article = (i: number) => `Ministers met in ${TOWNS[i % TOWNS.length]} on Monday to discuss budget number ${i}. The talks, which lasted ${i + 2} hours, ended without an agreement, officials said. Both sides will meet again next week, according to a statement from the council, which called the meeting useful.`;
const source = (name: string, text: string): PendingSource => ({ name, load: async () => rawFromBytes(Buffer.from(text), { path: name }, 'text/plain') });
const status = (s: SqliteStore, id: string) => (s.db.prepare('SELECT status, error FROM raw_inputs WHERE id = ?').get(id) as { status: string; error: string | null });

let store: SqliteStore;
beforeEach(() => { store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'storyline-batch-')), 'x.db')); });
afterEach(() => store.close());

describe('batched ingest writes', () => {
  it('stores every raw input of a batch before the first analysis starts', async () => {
    const sources = Array.from({ length: 5 }, (_, i) => source(`a${i}.txt`, article(i)));
    const storedAtFirstAnalysis: number[] = [];
    const watching: Analyzer = { ...inlineAnalyzer, analyze: async (raw, o) => {
      storedAtFirstAnalysis.push((store.db.prepare('SELECT count(*) AS n FROM raw_inputs').get() as { n: number }).n);
      return inlineAnalyzer.analyze(raw, o);
    } };
    const r = await ingestSources(sources, store, { today: '2026-11-26' }, undefined, watching);
    expect(r.analysed).toBe(5);
    expect(storedAtFirstAnalysis[0]).toBe(5);
    expect(store.stats().articles).toBe(5);
  });

  it('an article whose rows cannot be written fails alone, with its reason; the rest of its batch is kept', async () => {
    const sources = Array.from({ length: 4 }, (_, i) => source(`b${i}.txt`, article(i)));
    let broken = '';
    // A real analysis made unwritable: a repeated entity breaks the entities table's primary key.
    const breaking: Analyzer = { ...inlineAnalyzer, analyze: async (raw, o) => {
      const a = await inlineAnalyzer.analyze(raw, o);
      if (raw.source.path === 'b2.txt') { broken = raw.id; a.entities.push(a.entities[0]!); }
      return a;
    } };
    const r = await ingestSources(sources, store, { today: '2026-11-26' }, undefined, breaking);
    expect(r.analysed).toBe(3);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]!.input).toBe('b2.txt');
    expect(r.failed[0]!.reason).toMatch(/^analysis failed: .*UNIQUE/);
    expect(status(store, broken)).toEqual({ status: 'failed', error: r.failed[0]!.reason });
    expect(store.stats().articles).toBe(3);
    // Nothing of the failed article's rows survives its rolled-back savepoint.
    expect((store.db.prepare('SELECT count(*) AS n FROM entities WHERE article_id = ?').get(broken) as { n: number }).n).toBe(0);
  });

  it('a process killed in the middle of a batch leaves its inputs stored and pending; the next run analyses them', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => article(i));
    // A real kill (SIGKILL at the fifth analysis, four analysed and not yet written), in a child process on dist/.
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `
      import { SqliteStore } from ${JSON.stringify(new URL('../../dist/store/index.js', import.meta.url).href)};
      import { ingestSources } from ${JSON.stringify(new URL('../../dist/ingest/run.js', import.meta.url).href)};
      import { inlineAnalyzer } from ${JSON.stringify(new URL('../../dist/ingest/analyzer.js', import.meta.url).href)};
      import { rawFromBytes } from ${JSON.stringify(new URL('../../dist/ingest/raw.js', import.meta.url).href)};
      const texts = ${JSON.stringify(texts)};
      const sources = texts.map((t, i) => ({ name: 'k' + i + '.txt', load: async () => rawFromBytes(Buffer.from(t), { path: 'k' + i + '.txt' }, 'text/plain') }));
      let calls = 0;
      const dying = { ...inlineAnalyzer, analyze: async (raw, o) => { if (++calls === 5) process.kill(process.pid, 'SIGKILL'); return inlineAnalyzer.analyze(raw, o); } };
      await ingestSources(sources, new SqliteStore(${JSON.stringify(store.path)}), { today: '2026-11-26' }, undefined, dying);
    `], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const rows = store.db.prepare('SELECT status, count(*) AS n FROM raw_inputs GROUP BY status').all();
    expect(rows).toEqual([{ status: 'pending', n: 8 }]);
    const again = await ingestSources(texts.map((t, i) => source(`k${i}.txt`, t)), store, { today: '2026-11-26' }, undefined, inlineAnalyzer);
    expect([again.analysed, again.duplicates, again.failed.length]).toEqual([8, 0, 0]);
    expect(store.stats().articles).toBe(8);
  });

  it('the same bytes twice in one run: analysed once, and a failure reported for both names', async () => {
    const good = await ingestSources([source('d.txt', article(1)), source('d-copy.txt', article(1))], store, { today: '2026-11-26' }, undefined, inlineAnalyzer);
    expect([good.analysed, good.duplicates, good.failed.length]).toEqual([1, 1, 0]);
    const bad = await ingestSources([source('e.txt', 'Too short.'), source('e-copy.txt', 'Too short.')], store, { today: '2026-11-26' }, undefined, inlineAnalyzer);
    expect(bad.failed.map((f) => f.input)).toEqual(['e.txt', 'e-copy.txt']);
    expect(bad.failed[0]!.reason).toBe(bad.failed[1]!.reason);
  });
});
