#!/usr/bin/env node
// `storyline ingest` end to end on a folder, each way in its own cold process on the same inputs: analyses inline
// (one core), in the worker pool (a worker per core) and hybrid (a worker per core but one, plus the main thread),
// then the stories placed. Prints articles/s for the whole run
// (start-up and story placement included) and for the ingest alone, with the CPU time each took; then the
// analysis alone on one core, from cold and warm (on text the process has not read), the figures the annotators' own
// speed work moves; last, the same warm analysis in one process per core at once (what a running server or worker
// pool sustains, start-up left out).
// usage: npm run bench:ingest [-- FOLDER | --mixed N]
//   --mixed N: N articles from ../shared/corpus (Wikinews and ru-ua-official texts; beyond their 590, copies
//   with a line added, so that every input is new) written to a temporary folder.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const mixed = args.includes('--mixed') ? Number(args[args.indexOf('--mixed') + 1]) : 0;
let folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--mixed') ?? join(here, '../../demo');

if (mixed) {
  const shared = join(here, '../../../shared/corpus');
  const rows = ['wikinews/wikinews_en_2019_2020.jsonl', 'ru-ua-official/ru-ua-corpus.jsonl']
    .flatMap((f) => readFileSync(join(shared, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l)));
  folder = mkdtempSync(join(tmpdir(), 'bench-ingest-mixed-'));
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < mixed; i++) {
    const r = rows[i % rows.length];
    const copy = Math.floor(i / rows.length);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), `${r.title}\n\n${r.date}\n\n${r.text}\n${copy ? `\nUpdated ${copy} time(s) since first publication.\n` : ''}`);
  }
}

const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
walk(folder);
const run = (mode) => JSON.parse(execFileSync(process.execPath, [join(here, 'one.mjs'), mode, folder], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1));

console.log(`corpus: ${mixed ? `${mixed} mixed articles` : folder} (${files.length} files, ${(files.reduce((n, f) => n + statSync(f).size, 0) / 1024).toFixed(0)} KiB); ${availableParallelism()} cores; load average before ${loadavg()[0].toFixed(1)}`);
const rate = (n, s) => (n / s).toFixed(1).padStart(6);
const results = [];
for (const mode of ['inline', 'pool', 'hybrid']) {
  const r = run(mode);
  results.push(r);
  console.log(`${mode.padEnd(6)}: ${rate(r.articles, r.totalS)} articles/s end to end (${r.totalS.toFixed(2)} s wall, ${r.totalCpuS.toFixed(2)} s CPU) | ` +
    `start ${r.startS.toFixed(2)} s (CPU ${r.startCpuS.toFixed(2)} s), ingest ${r.ingestS.toFixed(2)} s (${rate(r.articles, r.ingestS).trim()}/s, CPU ${r.ingestCpuS.toFixed(2)} s` +
    `${r.ingestMainCpuS == null ? '' : `, main thread ${(r.ingestMainCpuS * 1000 / r.articles).toFixed(1)} ms/article`}), ` +
    `stories ${r.storiesS.toFixed(2)} s (CPU ${r.storiesCpuS.toFixed(2)} s) | ${r.analysed} analysed, ${r.failed} failed, ${r.stories} stories`);
}
if (results.some((r) => r.stories !== results[0].stories || r.analysed !== results[0].analysed)) console.log('note: the runs differ in stories or analyses (the workers save in completion order)');

// The analysis alone on one core, no store, no stories, in this process, over two interleaved halves of the folder:
// the first half from cold (the data loads, the JIT's first compilations and the first sight of each word: what a new
// process pays), then the second half, which this process has not read (warm code, new text: what a running server,
// watcher or worker pays per article).
// as bin/storyline.js (dist/cli/tiering.js)
(await import('../../dist/cli/tiering.js')).tuneTiering();
const { analyzeText } = await import('../../dist/api.js');
const texts = files.map((f) => readFileSync(f, 'utf8'));
const halves = [texts.filter((_, i) => i % 2 === 0), texts.filter((_, i) => i % 2 === 1)];
const pass = (label, part) => {
  const t0 = performance.now(), c0 = process.cpuUsage();
  for (const t of part) analyzeText(t, { today: '2026-11-26' });
  const s = (performance.now() - t0) / 1000, c = process.cpuUsage(c0), cs = (c.user + c.system) / 1e6;
  const kib = part.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
  console.log(`analysis only, ${label} (${part.length} articles, ${kib.toFixed(0)} KiB): ${rate(part.length, s).trim()} articles/s wall, ` +
    `${rate(part.length, cs).trim()} articles/s of CPU (${(cs * 1000 / part.length).toFixed(2)} ms CPU/article, ${(kib / cs).toFixed(0)} KiB/s of CPU)`);
};
pass('cold process, first half', halves[0]);
pass('warm process, second half (text it has not read)', halves[1]);

// The same second half read by one warm process per core, run at once (each warmed on the first half alone, each
// starting at a different share of it: warm-share.mjs): what a running server, watcher or worker pool analyses per
// second on this machine once it is warm. Reported apart from the figures above: it leaves out every process's
// start-up and warm-up, which a cold ingest pays.
const cores = availableParallelism();
const shares = await Promise.all(Array.from({ length: cores }, (_, i) => new Promise((done, fail) => {
  execFile(process.execPath, [join(here, 'warm-share.mjs'), folder, String(i), String(cores)], { maxBuffer: 1 << 20 },
    (err, out) => (err ? fail(err) : done(JSON.parse(out.trim().split('\n').at(-1)))));
})));
const sharedWall = Math.max(...shares.map((r) => r.wallS)), sharedArticles = shares.reduce((n, r) => n + r.articles, 0);
console.log(`analysis only, ${shares.length} warm processes at once, second half (${sharedArticles} analyses of text new to each): ` +
  `${rate(sharedArticles, sharedWall).trim()} articles/s wall (${shares.map((r) => `${(r.cpuS * 1000 / r.articles).toFixed(1)}`).join(' / ')} ms CPU/article)`);
console.log(`load average after ${loadavg()[0].toFixed(1)}`);
