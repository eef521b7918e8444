// `npm run train:ner`: trains the English recogniser on the train part of the ner-train corpora, prints
// dev figures per corpus and writes models/ner-en.bin.gz. Options:
//   --ensemble N (average N perceptrons trained on different shuffles)  --seed N
//   --epochs N  --min-count N  --prune X  --social-weight W (0 drops tweets)  --re3d-weight W  --other (train the `other` type too)
//   --decode greedy|viterbi (greedy left-to-right with gold history, or the structured perceptron)
//   --first-decode greedy|viterbi (the first pass's decoding; default as --decode)  --one-pass (no second pass)  --folds K (a second tagger reads the first one's labels across the document; k-fold first-pass labels)
//   --caps-share S (that share of the training documents gets every third line in capitals, as headlines are)
//   --word-dropout S (that share of capitalised training tokens loses its word-identity features: learnOptions.wordDropout)
//   --results-share S (that share gets sports results lines made of its own place and organisation names: resultsLines)
//   --untitle (cut leading titles off the person names of the training data, as wire news marks them; not kept: dev 0.686 -> 0.673)
//   --no-hints (no rule features)  --no-clusters  --out FILE  --no-save
//   --meantime-weight W (0 leaves out the train half of MEANTIME dev: Wikinews, only event participants annotated)
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainNer } from '../../dist/analyse/entities/ner/learn.js';
import { LABELS, decodeSpans, encode } from '../../dist/analyse/entities/ner/labels.js';
import { GIVEN_NAMES, HONORIFICS, TITLE_WORDS } from '../../dist/lang/en/entities.js';
import { ruleHints } from '../../dist/analyse/entities/rules.js';
import { modelPath } from '../../dist/analyse/entities/ner/model.js';
import { loadNerCorpora, CORPORA, capitalLines, inShare, resultsLines } from './corpora.mjs';
import { meantimeDocs } from './meantime.mjs';
import { micro, modelSpans, newTally, prf, tally } from './evaluate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? def : process.argv[i + 1]; };
const opts = {
  epochs: +arg('epochs', 8), minCount: +arg('min-count', 2), prune: +arg('prune', 0.02), seed: +arg('seed', 7), ensemble: +arg('ensemble', 5),
  socialWeight: +arg('social-weight', 0), re3dWeight: +arg('re3d-weight', 0.5), meantimeWeight: +arg('meantime-weight', 2), other: process.argv.includes('--other'), hints: !process.argv.includes('--no-hints'), history: arg('history', 'gold'), decode: arg('decode', 'viterbi'),
  untitled: process.argv.includes('--untitle'), twoPass: !process.argv.includes('--one-pass'), folds: +arg('folds', 4), firstDecode: arg('first-decode', arg('decode', 'viterbi')), capsShare: +arg('caps-share', 0.1), resultsShare: +arg('results-share', 0), wordDropout: +arg('word-dropout', 0),
};
// `other` is annotated in only 4 of the corpora (elsewhere such names are unlabelled), so by default it is not trained.
const OTHER = LABELS.map((l) => l.endsWith('-MISC'));
const withoutOther = (labels) => labels.map((y) => y.map((v) => (OTHER[v] ? 0 : v)));
const clustersFile = join(root, 'models/clusters-en.tsv');
const clusters = !process.argv.includes('--no-clusters') && existsSync(clustersFile)
  ? new Map(readFileSync(clustersFile, 'utf8').trim().split('\n').map((l) => l.split('\t'))) : null;

const t0 = performance.now();
const docs = loadNerCorpora();
const weightOf = (d) => (CORPORA.find((c) => c.name === d.corpus).social ? opts.socialWeight : d.corpus === 're3d' ? opts.re3dWeight : 1);
const meantime = opts.meantimeWeight > 0 ? meantimeDocs('train', { complete: true, strict: process.argv.includes('--meantime-strict') }) : [];
// re3d and MEANTIME put titles inside person names ("President Vladimir Putin"), the other corpora and wire news
// do not: with --untitle, leading titles and honorifics before a capitalised word are cut off a person span in
// training ("Dean Kamen", a given name, stays). Not the default: the news-like dev parts fell (0.686 -> 0.673), and
// the annotator trims titles off the model's names anyway (roles)
const isTitle = (w) => (TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w)) && !GIVEN_NAMES.has(w);
const untitled = (words, labels) => labels.map((y, si) => {
  const ws = words[si];
  return encode(ws.length, decodeSpans(y).map((s) => {
    let from = s.from;
    if (s.type === 'person') while (from < s.to && isTitle(ws[from]) && /^\p{Lu}/u.test(ws[from + 1])) from++;
    return { ...s, from };
  }));
});
const toTraining = (d, weight) => {
  const labels = opts.untitled ? untitled(d.words, d.labels) : d.labels;
  return { sentences: d.words, labels: opts.other ? labels : withoutOther(labels), weight, hints: opts.hints ? ruleHints(d.sentences, d.text) : undefined };
};
const wire = (d) => {
  const c = opts.capsShare && inShare(d.id, opts.capsShare) ? capitalLines(d) : d;
  return opts.resultsShare && inShare(`results:${d.id}`, opts.resultsShare) ? resultsLines(c) : c;
};
const train = [...docs.filter((d) => d.split === 'train' && weightOf(d) > 0).map((d) => toTraining(wire(d), weightOf(d))),
  ...meantime.map((d) => toTraining(d, opts.meantimeWeight))];
console.log(`train: ${train.length} documents, ${train.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.length, 0), 0)} tokens; options ${JSON.stringify(opts)}; clusters ${clusters ? clusters.size : 'none'}`);
// the first pass may decode greedily (cheaper at run time); the second always as --decode says
const firstOpts = { ...opts, decode: opts.twoPass ? opts.firstDecode : opts.decode };
let model = trainNer(train, { ...firstOpts, clusters, log: (l) => console.log(`  ${l}`) });
if (opts.twoPass) {
  // the second pass reads what a first tagger said across the document; on training documents that tagger must
  // not have seen them (k-fold: one perceptron per fold, trained on the other folds), or the second pass over-trusts it
  const firstLabels = new Array(train.length);
  for (let k = 0; k < opts.folds; k++) {
    const m = trainNer(train.filter((_, i) => i % opts.folds !== k), { ...firstOpts, ensemble: 1, clusters });
    train.forEach((d, i) => { if (i % opts.folds === k) firstLabels[i] = m.tag(d.sentences, d.hints ?? null); });
    console.log(`  first-pass fold ${k + 1}/${opts.folds} tagged`);
  }
  const second = trainNer(train.map((d, i) => ({ ...d, firstPass: firstLabels[i] })), { ...opts, clusters, log: (l) => console.log(`  second pass: ${l}`) });
  second.firstPass = model;
  second.meta.twoPass = true;
  model = second;
}
const secs = (performance.now() - t0) / 1000;
console.log(`training time: ${secs.toFixed(0)} s`);

// dev figures, per corpus (exact span, person/organization/place)
const all = newTally(), news = newTally();
let tokens = 0, ms = 0;
for (const c of CORPORA) {
  const dev = docs.filter((d) => d.corpus === c.name && d.split === 'dev');
  if (!dev.length) continue;
  const t = newTally();
  for (const d of dev) {
    const s = performance.now();
    const pred = modelSpans(model, d);
    ms += performance.now() - s; tokens += d.words.reduce((a, w) => a + w.length, 0);
    tally(t, d.gold, pred); tally(all, d.gold, pred);
    if (!c.social) tally(news, d.gold, pred);
  }
  const m = micro(t);
  console.log(`dev ${c.name.padEnd(9)} F1 ${m.f.toFixed(3)} (P ${m.p.toFixed(3)} R ${m.r.toFixed(3)}, n ${m.n})  ` + ['person', 'organization', 'place'].map((ty) => `${ty.slice(0, 3)} ${prf(t[ty]).f.toFixed(2)}`).join(' '));
}
// MEANTIME's dev quarter (the annotation is partial: recall is the measure, precision a floor)
{
  const t = newTally();
  let hit = 0, n = 0;
  for (const d of meantimeDocs('dev')) {
    const pred = modelSpans(model, d);
    tally(t, d.gold, pred);
    for (const g of d.gold) { n++; if (pred.some((x) => x.type === g.type && x.start < g.end && g.start < x.end)) hit++; }
  }
  const mm = micro(t);
  console.log(`dev meantime  F1 ${mm.f.toFixed(3)} (P ${mm.p.toFixed(3)} R ${mm.r.toFixed(3)}, n ${mm.n})  overlap recall ${(hit / n).toFixed(3)}`);
}
// the news-like dev parts again with every third line in capitals (headlines, results lines): what case costs
{
  const t = newTally();
  for (const d of docs.filter((x) => x.split === 'dev' && !CORPORA.find((c) => c.name === x.corpus).social)) { const c = capitalLines(d); tally(t, c.gold, modelSpans(model, c)); }
  const mc = micro(t);
  console.log(`dev news caps F1 ${mc.f.toFixed(3)} (P ${mc.p.toFixed(3)} R ${mc.r.toFixed(3)})   (the same, every third line in capitals)`);
}
// the same parts with results lines appended (resultsLines: synthetic, so only a check that the format is learned)
{
  const t = newTally();
  for (const d of docs.filter((x) => x.split === 'dev' && !CORPORA.find((c) => c.name === x.corpus).social)) { const r = resultsLines(d); tally(t, r.gold, modelSpans(model, r)); }
  const mr = micro(t);
  console.log(`dev news results F1 ${mr.f.toFixed(3)} (P ${mr.p.toFixed(3)} R ${mr.r.toFixed(3)})   (the same, results lines appended)`);
}
const m = micro(all), mn = micro(news);
console.log(`dev news      F1 ${mn.f.toFixed(3)} (P ${mn.p.toFixed(3)} R ${mn.r.toFixed(3)})   (gum, wikigold, en_pud, en_ewt, re3d)`);
console.log(`dev all       F1 ${m.f.toFixed(3)} (P ${m.p.toFixed(3)} R ${m.r.toFixed(3)})   ${Math.round(tokens / (ms / 1000))} tokens/s`);
if (!process.argv.includes('--no-save')) {
  model.meta.trainedOn = [...CORPORA.map((c) => c.name), ...(meantime.length ? ['meantime-dev (train half)'] : [])]; model.meta.options = opts; model.meta.trainingSeconds = Math.round(secs);
  const buf = model.serialize();
  const out = arg('out', modelPath('en'));
  writeFileSync(out, buf);
  console.log(`wrote ${out}: ${(buf.length / 1e6).toFixed(2)} MB, ${model.index.size} feature rows`);
}
