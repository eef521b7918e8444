// `npm run bench:ner`: exact-span precision/recall/F1 per type, side by side in one run, for
//   model      the trained recogniser alone (models/ner-en.bin.gz)
//   Storyline  the entity annotator as shipped (rule candidates first, the model's names where the rules
//              have none, found names repeated across the article; rules for roles, typing, merging)
//   rules-only the entity annotator with the model switched off (the recogniser before the model)
//   compromise the npm NLP library a JavaScript user would pick instead
// on the TEST part of each English ner-train corpus (printed first), then on MEANTIME dev's test and dev quarters
// (its train half trains the model; only event participants are annotated there, so precision is a floor), then tokens/s.
//   node bench/ner/run.mjs [--dev] [--variants] [--speed]   (--dev prints the dev parts instead of test: the one used
//   for choices; --variants adds the combinations compared in docs/decisions/ner.md; --speed prints tokens/s only)
import { createDocument } from '../../dist/analyse/document.js';
import { sentenceAnnotator } from '../../dist/analyse/sentences.js';
import { recognise } from '../../dist/analyse/entities/index.js';
import { nerModel } from '../../dist/analyse/entities/ner/model.js';
import { loadGazetteer } from '../../dist/analyse/shared/places.js';
import { compromiseMentions } from '../understanding/systems.mjs';
import { loadMeantime, meantimeSplit, MEANTIME } from '../understanding/meantime.mjs';
import { loadNerCorpora, CORPORA, NER_TRAIN, prepareDoc } from '../../scripts/ner/corpora.mjs';
import { MAIN_TYPES, micro, modelSpans, newTally, prf, tally } from '../../scripts/ner/evaluate.mjs';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '../..'));
const part = process.argv.includes('--dev') ? 'dev' : 'test';
const model = nerModel('en');
if (!model) { console.error('models/ner-en.bin.gz not found: run npm run train:ner'); process.exit(1); }
loadGazetteer();

/** A corpus document as the analyser's document (lines as paragraphs), sentences done. */
function analyserDoc(text) {
  const blocks = [];
  let at = 0;
  for (const line of text.split('\n')) { if (line.trim()) blocks.push({ kind: 'paragraph', start: at, end: at + line.length }); at += line.length + 1; }
  const doc = createDocument({ id: 'bench', source: { fetchedAt: '' }, title: null, published: null, publishedFrom: null, language: 'en', text, blocks, related: [], media: [], dropped: [] }, { today: '2025-12-31' });
  sentenceAnnotator.annotate(doc);
  return doc;
}

const SYSTEMS = [
  { name: 'model', spans: (d) => modelSpans(model, d) },
  { name: 'Storyline', spans: (d) => recognise(analyserDoc(d.text)).names },
  { name: 'rules-first', spans: (d) => recognise(analyserDoc(d.text), { names: 'rules-first' }).names },
  { name: 'rules-only', spans: (d) => recognise(analyserDoc(d.text), { names: 'rules' }).names },
  { name: 'compromise', spans: (d) => compromiseMentions(d.text) },
];
// --variants: the combinations measured for docs/decisions/ner.md (dev only)
if (process.argv.includes('--variants')) {
  SYSTEMS.splice(2, 0,
    { name: 'union weak', spans: (d) => recognise(analyserDoc(d.text), { union: 'weak' }).names },
    { name: 'r-first+retype', spans: (d) => recognise(analyserDoc(d.text), { names: 'rules-first', retype: true }).names },
    { name: 'no reconcile', spans: (d) => recognise(analyserDoc(d.text), { reconcile: false }).names });
  SYSTEMS.pop();
}
const f2 = (x) => x.toFixed(2);
const cell = (c) => { const m = prf(c); return `${f2(m.p)} ${f2(m.r)} ${f2(m.f)}`; };
const pad = (s, n) => String(s).padEnd(n);

function table(title, docs) {
  const tallies = SYSTEMS.map(() => newTally());
  for (const d of docs) SYSTEMS.forEach((s, i) => tally(tallies[i], d.gold, s.spans(d)));
  const n = MAIN_TYPES.reduce((a, t) => a + tallies[0][t].tp + tallies[0][t].fn, 0);
  console.log(`\n${title} (${docs.length} documents, ${n} names)   P R F1 per system`);
  console.log(pad('', 14) + SYSTEMS.map((s) => pad(s.name, 18)).join(''));
  for (const t of MAIN_TYPES) console.log(pad(t, 14) + tallies.map((x) => pad(cell(x[t]), 18)).join(''));
  console.log(pad('all (micro)', 14) + tallies.map((x) => { const m = micro(x); return pad(`${f2(m.p)} ${f2(m.r)} ${f2(m.f)}`, 18); }).join(''));
  return tallies;
}

const speedOnly = process.argv.includes('--speed');
// ---- the held-out part of each training corpus ----
if (speedOnly) { /* figures skipped */ } else if (existsSync(NER_TRAIN)) {
  const docs = loadNerCorpora().filter((d) => d.split === part);
  const totals = SYSTEMS.map(() => newTally()), news = SYSTEMS.map(() => newTally());
  for (const c of CORPORA) {
    const mine = docs.filter((d) => d.corpus === c.name);
    if (!mine.length) continue;
    const t = table(`${part.toUpperCase()} ${c.name}${c.social ? ' (social media)' : ''}`, mine);
    t.forEach((x, i) => { for (const ty of MAIN_TYPES) for (const k of ['tp', 'fp', 'fn']) { totals[i][ty][k] += x[ty][k]; if (!c.social) news[i][ty][k] += x[ty][k]; } });
  }
  const f3 = (x) => x.toFixed(3);
  console.log(`\n${part.toUpperCase()} all corpora, micro F1: ` + SYSTEMS.map((s, i) => `${s.name} ${f2(micro(totals[i]).f)}`).join('  '));
  console.log(`${part.toUpperCase()} news-like corpora (all but the social media), micro F1: ` + SYSTEMS.map((s, i) => `${s.name} ${f3(micro(news[i]).f)}`).join('  '));
} else console.log(`${NER_TRAIN} not found: corpus figures skipped`);

// ---- MEANTIME dev, by split: its train half trains the model (scripts/ner/meantime.mjs); the never-tuned test
// quarter first, then the dev quarter ----
if (speedOnly) { /* figures skipped */ } else if (existsSync(MEANTIME)) {
  const meantime = loadMeantime();
  for (const part of ['test', 'dev']) {
    const mt = meantime.filter((d) => meantimeSplit(d.path) === part).map((d) => ({ ...d, words: null, gold: d.gold.map((g) => ({ start: g.start, end: g.end, type: g.want })) }));
    // the model needs the corpus tokenisation of the same text: prepare it like a ner-train document
    for (const d of mt) Object.assign(d, prepareDoc({ name: 'meantime' }, part, { id: d.path, text: d.text, entities: d.gold }), { gold: d.gold });
    table(`MEANTIME dev, ${part.toUpperCase()} part, exact span (precision vs annotated names only: a floor)`, mt);
    // overlap recall: the measure of `npm run bench:understanding`
    const rec = SYSTEMS.map((s) => { let hit = 0, n = 0; for (const d of mt) { const p = s.spans(d); for (const g of d.gold) { n++; if (p.some((x) => x.type === g.type && x.start < g.end && g.start < x.end)) hit++; } } return hit / n; });
    console.log(pad('overlap recall', 14) + rec.map((r) => pad(f2(r), 18)).join(''));
  }
} else console.log(`${MEANTIME} not found: MEANTIME figures skipped`);

// ---- speed: the model alone on one core, over the test documents' tokens ----
if (existsSync(NER_TRAIN)) {
  const docs = loadNerCorpora().filter((d) => d.split === part && !CORPORA.find((c) => c.name === d.corpus).social);
  const tokens = docs.reduce((a, d) => a + d.words.reduce((b, w) => b + w.length, 0), 0);
  for (const d of docs) modelSpans(model, d); // warm-up
  // CPU time, not wall time: the machine is shared, and the figure is about one core's work
  const cpu = (f) => { const u = process.cpuUsage(); f(); const d = process.cpuUsage(u); return (d.user + d.system) / 1000; };
  const ms = cpu(() => { for (const d of docs) modelSpans(model, d); });
  const tagMs = cpu(() => { for (const d of docs) model.tag(d.words); });
  console.log(`\nspeed (CPU time of one core, ${tokens} tokens): model with its rule hints ${Math.round(tokens / (ms / 1000))} tokens/s; tagger alone ${Math.round(tokens / (tagMs / 1000))} tokens/s; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
}
