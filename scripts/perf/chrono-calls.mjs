#!/usr/bin/env node
// chrono-node's English casual parses in a fresh stream (as fresh-stream.mjs: warmed on the demo, then Wikinews articles
// seen once each): calls per article and the time spent inside them, and the times stage's CPU per article.
//   node scripts/perf/chrono-calls.mjs [--root DIR] [--n 400] [--skip 0]
// --root DIR: another checkout with its dist/ built (e.g. the branch point), to run alternately with this one.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cpuMs, demoTexts, freshTexts, root } from './fresh-stream-setup.mjs';

// the same CommonJS module object the times stage loads (src/analyse/times/chrono-times.ts requires 'chrono-node/en')
const chrono = createRequire(join(root, 'dist/analyse/times/chrono-times.js'))('chrono-node/en');
const { analyzeText } = await import(join(root, 'dist/api.js'));
const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
let timesMs = 0;
const i = defaultAnnotators.findIndex((a) => a.name === 'times');
const times = defaultAnnotators[i];
defaultAnnotators[i] = { ...times, annotate(doc) { const t = cpuMs(); try { times.annotate(doc); } finally { timesMs += cpuMs() - t; } } };
let calls = 0, inside = 0n;
const parse = chrono.casual.parse.bind(chrono.casual);
chrono.casual.parse = (...a) => { calls++; const t = process.hrtime.bigint(); try { return parse(...a); } finally { inside += process.hrtime.bigint() - t; } };
for (const t of demoTexts()) analyzeText(t, { today: '2026-11-26' });
const texts = freshTexts();
calls = 0; inside = 0n; timesMs = 0;
const t0 = cpuMs();
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const total = cpuMs() - t0;
const per = (x) => (x / texts.length).toFixed(2);
console.log(`${root}: ${texts.length} new Wikinews articles: ${per(total)} CPU ms/article; times stage ${per(timesMs)} CPU ms; ` +
  `chrono ${per(calls)} parses/article, ${per(Number(inside) / 1e6)} ms/article inside them`);
