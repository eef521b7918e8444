#!/usr/bin/env node
// The English NER tagger alone, CPU ms per demo article, for one or more builds in ONE process, measured alternately
// (best of 5 rounds each, or --rounds N), so that the load of a shared machine weighs on all of them alike:
//   node scripts/ner/tagger-speed.mjs [ROOT …]   (ROOT: a checkout with its dist/ built; default this one)
// warm: every word seen before; fresh stream: a new model (new records) over 200 articles; new word: µs per distinct
// demo word recorded by a fresh scorer. The input: the sentences and rule hints the analysis gives the tagger on each
// demo article (taken from the first ROOT's pipeline, the same for every build); `--every7`: the words split by a
// regular expression, a rule hint on every seventh token (the input of this script before s21: every token then lies
// near a hint, so the far-token shortcut of ner/scorer.ts never applies).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '../..');
const every7 = process.argv.includes('--every7');
// --rounds N: rounds per build (best of N; the median is printed too)
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
// --warm-only: the warm rounds alone (more rounds in the same time on a loaded machine)
const warmOnly = process.argv.includes('--warm-only');
const rootArgs = process.argv.slice(2).filter((a, i, all) => a !== '--every7' && a !== '--warm-only' && a !== '--rounds' && all[i - 1] !== '--rounds');
const roots = rootArgs.length ? rootArgs.map((r) => resolve(r)) : [here]; // relative roots work too
const files = [];
const walk = (d) => { for (const n of readdirSync(d).sort()) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(n) && !/^ATTRIBUTION/.test(n)) files.push(p); } };
walk(join(roots[0], 'demo'));
const texts = files.map((f) => readFileSync(f, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
let sentences = texts.map((t) => t.split(/(?<=[.!?])\s+/).map((s) => s.match(TOKEN) ?? []));
let pipelineHints = null;
if (!every7) {
  // what the entity annotator passes to the tagger, article by article
  const { analyzeText } = await import(join(roots[0], 'dist/api.js'));
  const first = (await import(join(roots[0], 'dist/analyse/entities/ner/model.js'))).nerModel('en');
  const tag = first.tag, seen = [];
  first.tag = function (s, h, f) { seen.push([s, h]); return tag.call(this, s, h, f); };
  sentences = []; pipelineHints = [];
  for (const t of texts) { seen.length = 0; analyzeText(t, { today: '2026-11-26' }); if (seen.length) { sentences.push(seen[0][0]); pipelineHints.push(seen[0][1]); } }
  first.tag = tag;
}
const words = [...new Set(texts.flatMap((t) => t.match(TOKEN) ?? []))];
const sys = [];
for (const root of roots) {
  const { nerModel, NerModel } = await import(join(root, 'dist/analyse/entities/ner/model.js'));
  const { placeKind } = await import(join(root, 'dist/analyse/entities/ner/features.js'));
  const { FeatureScorer } = await import(join(root, 'dist/analyse/entities/ner/scorer.js'));
  for (const w of words) placeKind(w);
  const model = nerModel('en');
  const H = pipelineHints ?? sentences.map((d) => (model.usesHints ? d.map((s) => s.map((w, i) => (i % 7 === 3 ? 'B-person-3' : '-'))) : null));
  sys.push({ root, model, NerModel, FeatureScorer, H, warm: Infinity, fresh: Infinity, word: Infinity });
}
for (const s of sys) for (let i = 0; i < sentences.length; i++) s.model.tag(sentences[i], s.H[i]);
for (let r = 0; r < rounds; r++) for (const s of sys) {
  let t = cpu(); for (let i = 0; i < sentences.length; i++) s.model.tag(sentences[i], s.H[i]); s.warm = Math.min(s.warm, (cpu() - t) / sentences.length);
  (s.warmRounds ??= []).push((cpu() - t) / sentences.length);
  if (warmOnly) continue;
  // a fresh model (new scorers): every word is new
  const m = s.model, fresh = new s.NerModel(m.index, m.weights, m.clusters, m.meta);
  if (m.firstPass) fresh.firstPass = new s.NerModel(m.firstPass.index, m.firstPass.weights, m.firstPass.clusters, m.firstPass.meta);
  fresh.tag(sentences[0], s.H[0]);
  t = cpu(); for (let i = 1; i < sentences.length; i++) fresh.tag(sentences[i], s.H[i]); s.fresh = Math.min(s.fresh, (cpu() - t) / (sentences.length - 1));
  const sc = new s.FeatureScorer(m.index, m.weights, m.clusters);
  t = cpu(); for (const w of words) sc.word(w); s.word = Math.min(s.word, (cpu() - t) * 1000 / words.length);
}
// the labels of every build, article by article, against the first build's
const labels = (s) => sentences.map((d, i) => s.model.tag(d, s.H[i]).map((l) => l.join(',')).join(';'));
const reference = labels(sys[0]);
for (const s of sys.slice(1)) { const l = labels(s); const same = l.filter((x, i) => x === reference[i]).length; console.log(`${s.root}: labels identical to ${sys[0].root}'s on ${same} of ${l.length} articles`); }
for (const s of sys) console.log(`${s.root}: tagger warm ${s.warm.toFixed(2)} ms/article (median ${[...s.warmRounds].sort((a, b) => a - b)[Math.floor(rounds / 2)].toFixed(2)}), fresh stream ${s.fresh.toFixed(2)} ms/article, new word ${s.word.toFixed(1)} µs (best of ${rounds}, alternating)`);
