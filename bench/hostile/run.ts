// `npm run bench:hostile [-- --inputs N --kb K --seconds S]`: the reliability bench, only against 127.0.0.1.
// 1. N generated hostile inputs (seed fixed) stored raw then analysed in-process: crashes, lost inputs,
//    slowest seconds per 100 KB, largest analysis per KB of text; plus every named pattern at 100 KB.
// 2. Read latency (GET /api/stats, /api/articles, /) while two writers POST hostile articles for S seconds,
//    side by side: analysis in the limited worker (now) vs on the server's main thread (before issue 12).
import { nerModel } from '../../src/analyse/entities/ner/model.js';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseStored } from '../../src/ingest/record.js';
import { rawFromBytes } from '../../src/ingest/raw.js';
import { startServer } from '../../src/server/index.js';
import { analyseInline } from '../../src/server/ingest.js';
import { SqliteStore } from '../../src/store/index.js';
import { PATTERNS } from '../../test/support/hostile-inputs.js';
import { analyseHostile, hostileInput, prose, violations, type HostileInput } from '../../test/support/fuzz.js';
import { fixtureTexts } from '../../test/server/helpers.js';

const arg = (name: string, def: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
const N = arg('inputs', 1000), KB = arg('kb', 8), SECONDS = arg('seconds', 20), PATTERN_KB = arg('pattern-kb', 100);

// ---- 1. inputs -------------------------------------------------------------------------------------------
// The warm-up names a person with a given name, so the given-name lists (loaded on first use, ~80 ms) are in.
if (!analyseHostile({ label: 'warm-up', bytes: Buffer.from(prose('Ordinary words. "We will see," said Maria Delgado, the mayor.')), media: 'text/plain' }).analysis) throw new Error('the warm-up article was refused');
// Each named pattern once at 2 KB first: lazily loaded data (name lists, language models) is not charged to
// whichever input happens to need it first.
// The name models of the other languages load on first use; load them here, as a long-running server would have.
for (const lang of ['pt', 'de', 'ru', 'fr']) nerModel(lang);
for (const make of Object.values(PATTERNS)) { const { text, format } = make(2048); analyseHostile({ label: 'warm-up', bytes: Buffer.from(text), media: format === 'html' ? 'text/html' : 'text/plain' }); }
// And 100 generated inputs of another seed, untimed: a first "-0.00" or other rare token pays a one-time lazy
// initialisation (measured: 149 ms, then 13 and 4 ms for the same 337-byte text), which is not per-input work.
for (const w of fc.sample(hostileInput(KB), { seed: 99, numRuns: 100 }) as HostileInput[]) analyseHostile({ ...w, label: 'warm-up' });
const generated = fc.sample(hostileInput(KB), { seed: 12, numRuns: N }) as HostileInput[];
const named = Object.entries(PATTERNS).filter(() => PATTERN_KB > 0).map(([name, make]) => {
  const { text, format } = make(PATTERN_KB * 1024);
  return { label: `${name} ${PATTERN_KB} KB`, bytes: Buffer.from(text), media: format === 'html' ? 'text/html' as const : 'text/plain' as const };
});
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'bench-hostile-')), 'h.db'));
let crashes = 0, refused = 0, analysed = 0, broken = 0;
let slowestLarge = { label: '', per100: 0 };
let slowest = { label: '', per100: 0 }, slowestCpu = { label: '', per100: 0 }, slowestRefused = { label: '', per100: 0 }, largest = { label: '', perKb: 0 };
const seen = new Set<string>();
for (const input of [...generated, ...named]) {
  const raw = rawFromBytes(input.bytes, { path: input.label }, input.media, input.charset ?? null);
  store.saveRaw(raw);
  seen.add(raw.id);
  const t0 = performance.now(), c0 = process.cpuUsage();
  const o = analyseHostile(input);
  const seconds = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0), cpuSeconds = (c1.user + c1.system) / 1e6;
  if (o.analysis) { try { await analyseStored(store, raw, async () => ({ ...o.analysis!, article: { ...o.analysis!.article, id: raw.id } })); } catch { /* recorded */ } }
  else store.markFailed(raw.id, o.refused ?? o.crash ?? 'unknown');
  const per100 = seconds / (Math.max(input.bytes.length, 10 * 1024) / (100 * 1024));
  // Refusals are timed apart: the article check (src/extract/validate.ts) has its own quadratic case.
  if (o.analysis && per100 > slowest.per100) slowest = { label: input.label, per100 };
  // a small input is charged as 10 KB, so one pause (GC, a lazy load) can dominate the figure above; this one cannot
  if (o.analysis && input.bytes.length >= 50 * 1024 && per100 > slowestLarge.per100) slowestLarge = { label: input.label, per100 };
  // CPU time as well: on a machine other processes are using, wall time says more about them than about us
  const cpuPer100 = cpuSeconds / (Math.max(input.bytes.length, 10 * 1024) / (100 * 1024));
  if (o.analysis && cpuPer100 > slowestCpu.per100) slowestCpu = { label: input.label, per100: cpuPer100 };
  if (!o.analysis && per100 > slowestRefused.per100) slowestRefused = { label: input.label, per100 };
  if (o.crash || o.failedAnnotators.length) crashes++;
  if (o.analysis) {
    analysed++;
    if (violations(o.analysis).length) broken++;
    const perKb = JSON.stringify(o.analysis).length / Math.max(1, o.analysis.article.text.length);
    if (perKb > largest.perKb) largest = { label: input.label, perKb };
  } else if (o.refused) refused++;
}
const stored = (store.db.prepare("SELECT count(*) AS n FROM raw_inputs WHERE status IN ('analysed', 'failed')").get() as { n: number }).n;
store.close();
console.log(`inputs tried: ${generated.length + named.length} (${generated.length} generated ≤ ${KB} KB, seed 12; ${named.length} named patterns at ${PATTERN_KB} KB)`);
console.log(`analysed ${analysed}, refused with a reason ${refused}, crashes ${crashes}, broken offsets/sizes ${broken}, lost ${seen.size - stored}`);
console.log(`slowest analysed: ${slowest.per100.toFixed(2)} s per 100 KB (${slowest.label}); slowest refused: ${slowestRefused.per100.toFixed(2)} s per 100 KB (${slowestRefused.label})`);
console.log(`slowest analysed of at least 50 KB: ${slowestLarge.per100.toFixed(2)} s per 100 KB (${slowestLarge.label})`);
console.log(`slowest analysed in CPU time of this process: ${slowestCpu.per100.toFixed(2)} s per 100 KB (${slowestCpu.label}); load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
console.log(`analysis: ${largest.perKb.toFixed(1)} bytes per text character (${largest.label})`);

// ---- 2. reads under hostile writers ------------------------------------------------------------------------
const hostileBodies = ['X said Y said', 'month names', 'up 5% to 10 billion dollars', 'sentences of cue words', 'nested b', 'unclosed tags']
  .map((name) => { const { text, format } = PATTERNS[name]!(60 * 1024); return JSON.stringify({ text, format }); });

async function phase(label: string, worker: boolean): Promise<void> {
  const db = new SqliteStore(':memory:');
  for (const f of fixtureTexts()) {
    const raw = rawFromBytes(Buffer.from(f.text), { path: f.path }, 'text/plain');
    db.saveRaw(raw);
    await analyseStored(db, raw, (r) => analyseInline(r, { today: '2025-12-06' }));
  }
  const server = await startServer(db, { host: '127.0.0.1', port: 0, ...(worker ? {} : { analyse: analyseInline }) });
  const base = server.url;
  const stopAt = performance.now() + SECONDS * 1000;
  let writes = 0, refusedWrites = 0;
  const writer = async (k: number) => {
    for (let i = k; performance.now() < stopAt; i += 2) {
      const r = await fetch(new URL('/api/articles', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: hostileBodies[i % hostileBodies.length] });
      await r.arrayBuffer();
      if (r.status === 201) writes++; else refusedWrites++;
    }
  };
  const latencies: number[] = [];
  const reader = async () => {
    const paths = ['/api/stats', '/api/articles?limit=20', '/'];
    for (let i = 0; performance.now() < stopAt; i++) {
      const t0 = performance.now();
      const r = await fetch(new URL(paths[i % paths.length]!, base));
      await r.arrayBuffer();
      latencies.push(performance.now() - t0);
      await new Promise((res) => setTimeout(res, 20));
    }
  };
  await Promise.all([writer(0), writer(1), reader()]);
  await server.close();
  db.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
  console.log(`${label.padEnd(34)} reads ${String(latencies.length).padStart(5)}  p50 ${q(0.5).padStart(6)} ms  p99 ${q(0.99).padStart(6)} ms  max ${q(1).padStart(6)} ms  hostile posts: ${writes} stored, ${refusedWrites} refused`);
}

console.log(`\nreads while two writers POST 60 KB hostile articles for ${SECONDS} s (127.0.0.1; goal p99 < 200 ms):`);
await phase('analysis in a limited worker (now)', true);
await phase('analysis on the main thread (before)', false);
process.exit(0);
