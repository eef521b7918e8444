#!/usr/bin/env node
// CPU ms per article of a few analysis parts over the demo texts, each alone in a loop, so that a change to one of them
// shows above the noise of a shared machine (the whole pipeline moves ±10% between identical runs):
//   node scripts/perf/parts.mjs [--root DIR]   (DIR: another checkout with its dist/ built, e.g. the branch point)
// - times: findTimes and chrono's part of it (warm, mean of 4 passes after one);
// - quantities: the annotator (warm, best of 5 passes);
// - tagger: the NER model on each article's sentences, a fresh stream (after 20 warm-up articles, every word of the
//   other 181 is seen for the first time: the first pass pays each new word's first sight) and then warm;
// - new word: µs per word of a fresh FeatureScorer recording all 15.7k distinct demo words (the gazetteer memo warm).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = args.includes('--root') ? args[args.indexOf('--root') + 1] : join(dirname(fileURLToPath(import.meta.url)), '../..');
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(join(root, 'demo'));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const dist = (p) => import(join(root, 'dist', p));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const { analyseDocument } = await dist('analyse/index.js');
const { sentenceAnnotator } = await dist('analyse/sentences.js');
const docs = texts.map((text) => analyseDocument({
  id: 'x', source: { fetchedAt: '2026-11-26T00:00:00Z' }, title: null, published: null, publishedFrom: null, language: 'en', text,
  blocks: [{ kind: 'paragraph', start: 0, end: text.length }], related: [], media: [], dropped: [],
}, { today: '2026-11-26' }, [sentenceAnnotator]));

const ft = await dist('analyse/times/find-times.js');
const ref = { year: 2025, month: 12, day: 4 }, today = { year: 2026, month: 11, day: 26 };
const times = { whole: 0, chrono: 0 };
for (const d of docs) ft.findTimes(d, ref, today);
for (let r = 0; r < 4; r++) for (const d of docs) {
  let t = cpu(); ft.chronoDocTimes(d, ref, today); times.chrono += cpu() - t;
  t = cpu(); ft.findTimes(d, ref, today); times.whole += cpu() - t;
}

const { quantityAnnotator } = await dist('analyse/quantities/index.js');
for (const d of docs) quantityAnnotator.annotate(d);
let quantities = Infinity;
for (let r = 0; r < 5; r++) { const t = cpu(); for (const d of docs) quantityAnnotator.annotate(d); quantities = Math.min(quantities, (cpu() - t) / docs.length); }

const { nerModel } = await dist('analyse/entities/ner/model.js');
const { lookupPlace } = await dist('analyse/shared/places.js');
const { placeKind } = await dist('analyse/entities/ner/features.js');
const { FeatureScorer } = await dist('analyse/entities/ner/scorer.js');
lookupPlace('Paris');
const model = nerModel('en');
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const sentences = texts.map((t) => t.split(/(?<=[.!?])\s+/).map((s) => s.match(TOKEN) ?? []));
const hints = (d) => (model.usesHints ? d.map((s) => s.map(() => '-')) : null);
for (const d of sentences.slice(0, 20)) model.tag(d, hints(d));
const fresh = sentences.slice(20), tagger = [];
for (let r = 0; r < 2; r++) { const t = cpu(); for (const d of fresh) model.tag(d, hints(d)); tagger.push((cpu() - t) / fresh.length); }

const words = [...new Set(texts.flatMap((t) => t.match(TOKEN) ?? []))];
for (const w of words) placeKind(w);
const perWord = [];
for (let r = 0; r < 4; r++) {
  const scorer = new FeatureScorer(model.index, model.weights, model.clusters);
  const t = cpu();
  for (const w of words) scorer.word(w);
  perWord.push((cpu() - t) * 1000 / words.length);
}

const n = docs.length * 4;
console.log(`${root}: times ${(times.whole / n).toFixed(3)} ms/article (chrono ${(times.chrono / n).toFixed(3)}), quantities ${quantities.toFixed(3)}, `
  + `tagger fresh ${tagger[0].toFixed(2)} / warm ${tagger[1].toFixed(2)} ms/article, new word ${Math.min(...perWord).toFixed(1)} µs (best of 4)`);
