#!/usr/bin/env node
// chrono-node's English casual parses in a fresh stream (as fresh-stream.mjs: warmed on the demo, then Wikinews articles
// seen once each): calls per article and the time spent inside them, and the times stage's CPU per article.
//   node scripts/perf/chrono-calls.mjs [--root DIR] [--n 400] [--skip 0]
// --root DIR: another checkout with its dist/ built (e.g. the branch point), to run alternately with this one.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(`--${name}`); return i < 0 ? def : args[i + 1]; };
const root = resolve(arg('root', join(dirname(fileURLToPath(import.meta.url)), '../..')));
const n = Number(arg('n', 400));
const skip = Number(arg('skip', 0));
// the same CommonJS module object the times stage loads (src/analyse/times/chrono-times.ts requires 'chrono-node/en')
const chrono = createRequire(join(root, 'dist/analyse/times/chrono-times.js'))('chrono-node/en');
const { analyzeText } = await import(join(root, 'dist/api.js'));
const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let timesMs = 0;
const i = defaultAnnotators.findIndex((a) => a.name === 'times');
const times = defaultAnnotators[i];
defaultAnnotators[i] = { ...times, annotate(doc) { const t = cpuMs(); try { times.annotate(doc); } finally { timesMs += cpuMs() - t; } } };
let calls = 0, inside = 0n;
const parse = chrono.casual.parse.bind(chrono.casual);
chrono.casual.parse = (...a) => { calls++; const t = process.hrtime.bigint(); try { return parse(...a); } finally { inside += process.hrtime.bigint() - t; } };
const files = [];
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(f) && !/^ATTRIBUTION/.test(f)) files.push(p); } };
walk(join(root, 'demo'));
for (const f of files) analyzeText(readFileSync(f, 'utf8'), { today: '2026-11-26' });
const texts = readFileSync(join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl'), 'utf8').trim().split('\n').slice(skip, skip + n).map((l) => JSON.parse(l).text);
calls = 0; inside = 0n; timesMs = 0;
const t0 = cpuMs();
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const total = cpuMs() - t0;
const per = (x) => (x / texts.length).toFixed(2);
console.log(`${root}: ${texts.length} new Wikinews articles: ${per(total)} CPU ms/article; times stage ${per(timesMs)} CPU ms; ` +
  `chrono ${per(calls)} parses/article, ${per(Number(inside) / 1e6)} ms/article inside them`);
