// Story placement alone: a folder (the demo by default) is ingested once into a SQLite file, then each round places
// its stories in a fresh copy of that file; prints wall and CPU milliseconds per article (median of the rounds).
// usage: node bench/ingest/place.mjs [FOLDER] [--rounds 5] [--dist DIR] [--seed FILE]
//   DIR: another build to compare, e.g. main's. FILE: keep the ingested file there and reuse it when it exists (the
//   ingest is skipped: placement alone can then be profiled, `node --cpu-prof bench/ingest/place.mjs … --rounds 1`).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const folder = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(here, '../../demo');
const dist = resolve(arg('dist', join(here, '../../dist')));
const { SqliteStore } = await import(join(dist, 'store/index.js'));
const { ingestSources } = await import(join(dist, 'ingest/run.js'));
const { expandInputs } = await import(join(dist, 'ingest/sources.js'));
const { inlineAnalyzer } = await import(join(dist, 'ingest/analyzer.js'));
const { placeNewArticles } = await import(join(dist, 'story/refresh.js'));

const dir = mkdtempSync(join(tmpdir(), 'bench-place-'));
const seed = arg('seed', null) ?? join(dir, 'seed.db');
if (!existsSync(seed)) {
  const { sources } = await expandInputs([folder]);
  const s0 = new SqliteStore(seed);
  await ingestSources(sources, s0, { today: '2026-11-26' }, undefined, inlineAnalyzer);
  s0.db.pragma('wal_checkpoint(TRUNCATE)');
  s0.close();
}
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const runs = [];
for (let r = 0; r < Number(arg('rounds', 5)); r++) {
  const file = join(dir, `r${r}.db`);
  copyFileSync(seed, file);
  const store = new SqliteStore(file);
  const t0 = performance.now(), c0 = cpu();
  const placed = await placeNewArticles(store);
  runs.push({ wall: (performance.now() - t0) / placed.placed, cpu: (cpu() - c0) / placed.placed, stories: placed.stories });
  store.close();
}
rmSync(dir, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`placement (${dist}): ${median(runs.map((r) => r.cpu)).toFixed(2)} ms CPU, ${median(runs.map((r) => r.wall)).toFixed(2)} ms wall per article ` +
  `(median of ${runs.length}; CPU per round ${runs.map((r) => r.cpu.toFixed(2)).join(' ')}); ${runs[0].stories} stories; load ${loadavg()[0].toFixed(1)}`);
