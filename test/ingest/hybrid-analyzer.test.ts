// The hybrid analyser (workers plus the main thread) stores the same analyses as analysing inline, each input once.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/index.js';
import { ingestSources } from '../../src/ingest/run.js';
import { inlineAnalyzer } from '../../src/ingest/analyzer.js';
import { hybridAnalyzer } from '../../src/ingest/hybrid.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import type { PendingSource } from '../../src/ingest/sources.js';

const DEMO = join(import.meta.dirname, '../../demo/wikinews');
const files = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).slice(0, 8);
const sources = (): PendingSource[] => files.map((f) => ({ name: f, load: async () => rawFromBytes(readFileSync(join(DEMO, f)), { path: f, fetchedAt: '2026-11-26T00:00:00Z' }, 'text/plain') }));
const stores: SqliteStore[] = [];
const fresh = () => { const s = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'storyline-hybrid-')), 'x.db')); stores.push(s); return s; };
/** The stored analyses by id, without the analyser's own record (its timings differ run to run). */
const analyses = (s: SqliteStore) => Object.fromEntries((s.db.prepare('SELECT id, analysis FROM articles ORDER BY id').all() as Array<{ id: string; analysis: string }>)
  .map((r) => { const { analyser: _, ...rest } = JSON.parse(r.analysis); return [r.id, rest]; }));
afterEach(() => { for (const s of stores.splice(0)) s.close(); });

describe('hybrid analyser', () => {
  it('stores the same analyses as inline analysis, every input once', async () => {
    const hybrid = hybridAnalyzer(1);
    expect(hybrid).not.toBeNull();
    const [a, b] = [fresh(), fresh()];
    const viaHybrid = await ingestSources(sources(), a, { today: '2026-11-26' }, undefined, hybrid!);
    const inline = await ingestSources(sources(), b, { today: '2026-11-26' }, undefined, inlineAnalyzer);
    expect([viaHybrid.analysed, viaHybrid.failed.length, viaHybrid.duplicates]).toEqual([files.length, 0, 0]);
    expect(analyses(a)).toEqual(analyses(b));
  }, 120_000);
});
