// Inline analysis vs the worker-thread pool on the same inputs, twice each (cold, then warm).
// usage: npm run build && node bench/ingest/pool.mjs [folder]   (default: demo)
import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import { SqliteStore } from '../../dist/store/index.js';
import { ingestSources } from '../../dist/ingest/run.js';
import { expandInputs } from '../../dist/ingest/sources.js';
import { inlineAnalyzer, poolAnalyzer } from '../../dist/ingest/analyzer.js';
const { sources } = await expandInputs([process.argv[2] ?? 'demo']);
for (const [name, mk] of [['inline', () => inlineAnalyzer], ['pool', () => poolAnalyzer()], ['inline', () => inlineAnalyzer], ['pool', () => poolAnalyzer()]]) {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'b-')), 'x.db'));
  const t0 = performance.now();
  const r = await ingestSources(sources, store, { today: '2026-11-26' }, undefined, mk());
  console.log(name, ((performance.now() - t0) / 1000).toFixed(2), 's', r.analysed);
  store.close();
}
