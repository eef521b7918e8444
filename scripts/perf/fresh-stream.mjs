#!/usr/bin/env node
// CPU ms per article of a FRESH stream, as an ingest sees it: the process is warmed on the demo folder (JIT, chrono's
// and the boilerplate checks' compiled patterns), then analyses Wikinews articles it has never seen, once each, so every
// new word, name and line is paid for (annotators.mjs's later rounds find them in the memos). Per stage as annotators.mjs.
//   node scripts/perf/fresh-stream.mjs [--root DIR] [--n 400] [--skip 0] [--profile OUT.cpuprofile]
// --root DIR: another checkout with its dist/ built (e.g. the branch point), to run alternately with this one.
// --profile: a CPU profile of the fresh part alone (read it with profile.mjs or profile-stages.mjs).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { arg, cpuMs, demoTexts, freshTexts, root } from './fresh-stream-setup.mjs';

const { analyzeText } = await import(join(root, 'dist/api.js'));
const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
const spent = new Map();
for (let i = 0; i < defaultAnnotators.length; i++) {
  const a = defaultAnnotators[i];
  defaultAnnotators[i] = { ...a, annotate(doc) { const t = cpuMs(); try { a.annotate(doc); } finally { spent.set(a.name, (spent.get(a.name) ?? 0) + cpuMs() - t); } } };
}
for (const t of demoTexts()) analyzeText(t, { today: '2026-11-26' });
const texts = freshTexts();
const profileTo = arg('profile', null);
const session = profileTo ? new Session() : null;
if (session) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
spent.clear();
const t0 = cpuMs();
for (const t of texts) analyzeText(t, { today: '2026-11-26' });
const total = cpuMs() - t0;
if (session) writeFileSync(profileTo, JSON.stringify((await session.post('Profiler.stop')).profile));
const inAnnotators = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${root}: ${texts.length} new Wikinews articles: ${(total / texts.length).toFixed(2)} CPU ms/article = ${(1000 * texts.length / total).toFixed(1)} articles/s on one core`);
console.log(`  outside annotators (decode, extract, checks): ${((total - inAnnotators) / texts.length).toFixed(2)} ms`);
for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(ms / texts.length).toFixed(2)} ms`);
