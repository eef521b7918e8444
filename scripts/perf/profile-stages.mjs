#!/usr/bin/env node
// Reads a .cpuprofile and says where the samples went by analysis stage (the nearest annotator on the stack; the name
// tagger, src/analyse/entities/ner/, apart from the rest of the entity annotator; extraction; everything else, which is
// mostly the garbage collector, module loading, the store and story placement), and which chrono locale the date
// parses ran in (the boilerplate checks' `readDates` apart from the times stage):
//   node scripts/perf/profile-stages.mjs FILE.cpuprofile
// Profile a fresh stream without its warm-up with `node scripts/perf/fresh-stream.mjs --profile OUT.cpuprofile`, a
// cold ingest with `node --cpu-prof --cpu-prof-dir=DIR bench/ingest/one.mjs inline demo`.
import { readFileSync } from 'node:fs';

const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
let all = 0;
prof.samples.forEach((id, i) => { const dt = prof.timeDeltas[i] ?? 0; all += dt; self.set(id, (self.get(id) ?? 0) + dt); });

const stageOf = (id) => {
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const f = byId.get(p).callFrame;
    if (f.url.includes('/analyse/entities/ner/')) return 'entities: name tagger';
    const stage = /dist\/analyse\/(?:([a-z-]+)\/[^/]*|([a-z-]+)\.js)$/.exec(f.url);
    if (f.functionName === 'annotate' && stage) return stage[1] ?? stage[2];
    if (f.functionName === 'extract' && f.url.includes('dist/extract/')) return 'extraction';
    if (f.functionName === 'placeNewArticles') return 'story placement';
  }
  return byId.get(id).callFrame.functionName === '(garbage collector)' ? 'garbage collector' : 'other (loading, store, …)';
};
const chronoOf = (id) => {
  let locale = null;
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const f = byId.get(p).callFrame;
    const m = /chrono-node\/dist\/cjs\/locales\/(\w+)\/index\.js$/.exec(f.url);
    if (m && f.functionName === 'parse' && !locale) locale = m[1];
    if (f.functionName === 'readDates') return `boilerplate checks, ${locale}`;
    if (f.functionName === 'chronoTimes' || f.functionName === 'localeTimes') return `times stage, ${locale ?? 'en'}`;
  }
  return null;
};
const stages = new Map(), chrono = new Map();
for (const [id, t] of self) {
  const s = stageOf(id);
  stages.set(s, (stages.get(s) ?? 0) + t);
  const c = chronoOf(id);
  if (c) chrono.set(c, (chrono.get(c) ?? 0) + t);
}
const pct = (t) => `${(100 * t / all).toFixed(1).padStart(5)}%`;
console.log(`samples: ${(all / 1000).toFixed(0)} ms`);
for (const [s, t] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`${pct(t)}  ${s}`);
console.log('chrono-node, by caller and locale:');
for (const [c, t] of [...chrono].sort((a, b) => b[1] - a[1])) console.log(`${pct(t)}  ${c} (${(t / 1000).toFixed(0)} ms)`);
