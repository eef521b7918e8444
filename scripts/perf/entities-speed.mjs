#!/usr/bin/env node
// The entity annotator's CPU per demo article outside the name tagger, for one or more builds in ONE process,
// measured alternately (best of 5 rounds each), so that the load of a shared machine weighs on all of them alike:
//   node scripts/perf/entities-speed.mjs [ROOT …]   (ROOT: a checkout with its dist/ built; default this one)
// whole: recognise() with the default settings, on a fresh copy of each document (its tokens not yet cached);
// tagger: recogniseNames() alone on the same tokens with the rule hints computed beforehand; outside = whole − tagger;
// rules: recognise() with names: 'rules' (no tagger, no hints, no model proposals).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '../..');
const roots = process.argv.length > 2 ? process.argv.slice(2).map((r) => resolve(r)) : [here];
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(join(roots[0], 'demo'));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const builds = [];
for (const root of roots) {
  const { analyzeText } = await import(join(root, 'dist/api.js'));
  const { defaultAnnotators } = await import(join(root, 'dist/analyse/index.js'));
  const { recognise } = await import(join(root, 'dist/analyse/entities/index.js'));
  const { recogniseNames } = await import(join(root, 'dist/analyse/entities/ner/index.js'));
  const { ruleHints } = await import(join(root, 'dist/analyse/entities/rules.js'));
  const { tokenize } = await import(join(root, 'dist/analyse/entities/tokens.js'));
  // the documents as the entity annotator receives them (English articles with sentences)
  const docs = [];
  const at = defaultAnnotators.findIndex((a) => a.name === 'entities');
  const entities = defaultAnnotators[at];
  defaultAnnotators[at] = { ...entities, annotate(doc) { if (doc.lang) docs.push({ ...doc }); entities.annotate(doc); } };
  for (const t of texts) analyzeText(t, { today: '2026-11-26' });
  defaultAnnotators[at] = entities;
  const prepared = docs.map((d) => { const s = tokenize({ ...d }); return { s, hints: ruleHints(s, d.text) }; });
  builds.push({ root, docs, prepared, recognise, recogniseNames, whole: Infinity, tagger: Infinity, rules: Infinity });
}
for (let r = 0; r < 5; r++) for (const b of builds) {
  const n = b.docs.length;
  let t = cpu();
  for (const d of b.docs) b.recognise({ ...d });
  b.whole = Math.min(b.whole, (cpu() - t) / n);
  t = cpu();
  for (const p of b.prepared) b.recogniseNames(p.s, 'en', () => p.hints);
  b.tagger = Math.min(b.tagger, (cpu() - t) / n);
  t = cpu();
  for (const d of b.docs) b.recognise({ ...d }, { names: 'rules' });
  b.rules = Math.min(b.rules, (cpu() - t) / n);
}
for (const b of builds) {
  console.log(`${b.root}: ${b.docs.length} articles, entities whole ${b.whole.toFixed(2)} ms/article, tagger ${b.tagger.toFixed(2)}, outside the tagger ${(b.whole - b.tagger).toFixed(2)}; rules only ${b.rules.toFixed(2)} (best of 5, alternating)`);
}
