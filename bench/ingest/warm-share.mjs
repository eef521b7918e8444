#!/usr/bin/env node
// One of bench:ingest's warm analysis processes: reads the folder's files, analyses the first half (its warm-up:
// what a running server, watcher or worker has done before), then times the whole second half (text it has not read),
// starting at its own share (every `count`-th file from `index`) and going on through the others' shares, so that the
// processes run at once read different articles and each times a hundred, not fifty (half a second of work was at the
// mercy of the machine's swings), and prints {articles, wallS, cpuS} as one JSON line.
//   node bench/ingest/warm-share.mjs FOLDER INDEX COUNT
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [folder, index, count] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
// as bin/storyline.js (dist/cli/tiering.js)
(await import('../../dist/cli/tiering.js')).tuneTiering();
const { analyzeText } = await import('../../dist/api.js');
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n)) files.push(p); } };
walk(folder);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const analyse = (t) => { try { analyzeText(t, { today: '2026-11-26' }); } catch { /* refused inputs count as read */ } };
// the same halves as run.mjs: even files warm the process, odd files are timed
for (const t of texts.filter((_, i) => i % 2 === 0)) analyse(t);
const second = texts.filter((_, i) => i % 2 === 1);
const share = Array.from({ length: count }, (_, k) => second.filter((_, i) => i % count === (index + k) % count)).flat();
const t0 = performance.now(), c0 = process.cpuUsage();
for (const t of share) analyse(t);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ articles: share.length, wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6 }));
