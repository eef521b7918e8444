// The understanding bench in one command (`npm run bench:understanding`): Storyline's entity recogniser
// side by side with compromise (the npm tool a JavaScript user would pick instead) on MEANTIME dev —
// recall/precision by type, coreference — and articles/second over demo/wikinews/*.txt.
//   node bench/understanding/run.mjs [--sample-fps N]   (prints N seeded random Storyline false positives)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../dist/api.js';
import { loadGazetteer } from '../../dist/analyse/shared/places.js';
import { loadMeantime, meantimeArticle, meantimeSplit, MEANTIME } from './meantime.mjs';
import { newScore, scoreDoc, summary } from './score.mjs';
import { compromise, compromiseMentions, storyline, storylineDoc, storylineEntities, textArticle } from './systems.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const f2 = (x) => (Number.isNaN(x) ? '  -  ' : x.toFixed(2));
const pad = (s, n) => String(s).padEnd(n);
const gazMs = loadGazetteer();

// ---- quality on MEANTIME dev, by split: the name model trains on its train half (scripts/ner/meantime.mjs), so the
// never-tuned test quarter is printed first, then the dev quarter, then the train half for reference ----
const results = {};
if (existsSync(MEANTIME)) {
  const all = loadMeantime();
  // each system reads each article once; the splits and the whole set are scored from the same mentions
  const mentions = new Map([storyline, compromise].map((sys) => [sys, new Map(all.map((d) => [d, sys.mentions(meantimeArticle(d))]))]));
  const whole = newScore(); // all 60 articles, in file order: the hand-read false-positive sample was drawn from them
  for (const d of all) scoreDoc(whole, d, mentions.get(storyline).get(d));
  for (const part of ['test', 'dev', 'train']) {
    const docs = all.filter((d) => meantimeSplit(d.path) === part);
    for (const sys of [storyline, compromise]) {
      const s = newScore();
      for (const d of docs) scoreDoc(s, d, mentions.get(sys).get(d));
      results[sys.name] = { s, sum: summary(s) };
    }
    const [a, b] = [results.Storyline.sum, results.compromise.sum];
    const note = part === 'train' ? ' (the name model learned from these: not a held-out figure)' : part === 'test' ? ' (never tuned on)' : ' (choices)';
    console.log(`\nMEANTIME dev, ${part.toUpperCase()} part${note}: ${docs.length} articles, ${a.all.n} annotated named PER/ORG/LOC mentions, ${a.pairs} same-entity pairs`);
    console.log(`${pad('', 24)}${pad('Storyline', 34)}compromise`);
    const cell = (x) => `R ${f2(x.recall)} (${x.tp}/${x.n})  P ${f2(x.precision)}`;
    for (const k of ['person', 'organization', 'place', 'all']) console.log(`${pad(k, 24)}${pad(cell(a[k]), 34)}${cell(b[k])}`);
    console.log(`${pad('untyped recall', 24)}${pad(f2(a.untyped), 34)}${f2(b.untyped)}`);
    console.log(`${pad('coreference (pairs)', 24)}${pad(f2(a.coref), 34)}${f2(b.coref)}`);
  }
  console.log('P = precision vs annotated names, a floor: MEANTIME annotates only entities taking part in annotated events.');
  handRead(summary(whole).all);
  const n = +(process.argv[process.argv.indexOf('--sample-fps') + 1] || 0);
  if (process.argv.includes('--sample-fps')) for (const x of sample(whole.fps, n)) console.log(`  ${x.type}: ${x.name}  | ${x.context}  [${x.file}]`);
} else console.log(`${MEANTIME} not found: quality skipped`);

/** Precision corrected by the hand-read sample of false positives in fp-sample.json (see docs/decisions/entities.md). */
function handRead(all) {
  const file = join(root, 'bench/understanding/fp-sample.json');
  if (!existsSync(file)) return;
  const items = JSON.parse(readFileSync(file, 'utf8')).items;
  const ok = items.filter((x) => x.verdict === 'correct').length;
  const est = (all.ptp + (all.pn - all.ptp) * ok / items.length) / all.pn;
  console.log(`hand-read: ${ok}/${items.length} sampled Storyline "false positives" are correct unannotated names → estimated precision ${f2(est)}`);
}

/** Deterministic sample (xorshift, fixed seed) so the hand-read list can be reproduced. */
function sample(xs, n) {
  let x = 2463534242;
  const rnd = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32; };
  const arr = [...xs];
  for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
  return arr.slice(0, n);
}

// ---- speed over the demo Wikinews texts ----
const dir = join(root, 'demo/wikinews');
const texts = readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().map((x) => readFileSync(join(dir, x), 'utf8'));
const time = (fn) => { fn(texts.slice(0, 20)); const t0 = performance.now(); fn(texts); return texts.length / ((performance.now() - t0) / 1000); };
const full = time((ts) => { for (const t of ts) analyzeText(t, { format: 'text', today: '2025-12-31' }); });
const prepared = texts.map((t, i) => storylineDoc(textArticle(`w${i}`, t)));
const entOnly = (() => { storylineEntities(prepared[0]); const t0 = performance.now(); for (const d of prepared) storylineEntities(d); return prepared.length / ((performance.now() - t0) / 1000); })();
const comp = time((ts) => { for (const t of ts) compromiseMentions(t); });
console.log(`\nspeed over ${texts.length} demo/wikinews articles (one core, gazetteer built once in ${gazMs.toFixed(0)} ms, not counted):`);
console.log(`  (a) Storyline full analysis (analyzeText)      ${full.toFixed(0).padStart(6)} articles/s   ${(full / comp).toFixed(2)}× compromise`);
console.log(`  (b) Storyline entity annotator alone           ${entOnly.toFixed(0).padStart(6)} articles/s   ${(entOnly / comp).toFixed(2)}× compromise`);
console.log(`  (c) compromise people/places/organizations     ${comp.toFixed(0).padStart(6)} articles/s`);
