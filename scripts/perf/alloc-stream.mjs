#!/usr/bin/env node
// Bytes allocated per article of a FRESH stream (as fresh-stream.mjs: warmed on the demo, then Wikinews articles seen
// once each), by the function that allocated them: V8's sampling heap profiler with the objects the garbage collector
// took back counted too, so short-lived garbage shows (the GC is ~5-8% of a fresh stream). A builtin (regexp exec,
// sort, replace, …) is named with the function that called it. Deterministic enough to compare builds one run each.
//   node scripts/perf/alloc-stream.mjs [--root DIR] [--n 400] [--skip 0] [--top 30]
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { arg, demoTexts, freshTexts, root } from './fresh-stream-setup.mjs';

const { analyzeText } = await import(join(root, 'dist/api.js'));
for (const t of demoTexts()) analyzeText(t, { today: '2026-11-26' });
const texts = freshTexts();
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const { profile } = await session.post('HeapProfiler.stopSampling');
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(dist|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const bytes = new Map();
let total = 0;
const walk = (n, caller) => {
  const key = n.callFrame.url ? name(n) : `${name(n)} < ${caller ? name(caller) : ''}`;
  bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
  total += n.selfSize;
  for (const c of n.children) walk(c, n.callFrame.url ? n : caller);
};
walk(profile.head, null);
const kb = (b) => (b / texts.length / 1024).toFixed(1);
console.log(`${root}: ${texts.length} new Wikinews articles: ${kb(total)} KB allocated per article (sampled every 4 KB)`);
for (const [k, b] of [...bytes].sort((a, c) => c[1] - a[1]).slice(0, Number(arg('top', 30)))) console.log(`${kb(b).padStart(8)} KB  ${k}`);
