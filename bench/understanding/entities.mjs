// Entity bench on MEANTIME dev, Storyline only, with the misses and unmatched names listed for reading by hand.
// The side-by-side comparison with compromise is `npm run bench:understanding` (run.mjs). Run after
// `npx tsc -p tsconfig.json`:   node bench/understanding/entities.mjs [--show-misses]
import { loadGazetteer } from '../../dist/analyse/shared/places.js';
import { loadMeantime, meantimeArticle } from './meantime.mjs';
import { newScore, scoreDoc, summary } from './score.mjs';
import { storylineDoc, storylineEntities } from './systems.mjs';

const showMisses = process.argv.includes('--show-misses');
const gazMs = loadGazetteer();
const docs = loadMeantime();
const s = newScore();
let ms = 0;
for (const d of docs) {
  const doc = storylineDoc(meantimeArticle(d));
  const t0 = performance.now();
  const ents = storylineEntities(doc);
  ms += performance.now() - t0;
  scoreDoc(s, d, ents.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, key: e.id }))));
}
const r = summary(s);
const f = (x) => x.toFixed(2);
console.log(`MEANTIME dev: ${docs.length} articles, ${r.all.n} annotated named PER/ORG/LOC mentions`);
for (const k of ['person', 'organization', 'place']) console.log(`${k.padEnd(13)} recall ${f(r[k].recall)} (${r[k].tp}/${r[k].n})  precision vs annotated ${f(r[k].precision)} (${r[k].ptp}/${r[k].pn})`);
console.log(`PER/ORG/LOC typed recall ${f(r.all.recall)}, untyped ${f(r.untyped)}, precision vs annotated ${f(r.all.precision)}`);
console.log(`coreference: ${f(r.coref)} of ${r.pairs} same-entity named-mention pairs in one entity`);
console.log(`speed: ${f(docs.length / (ms / 1000))} articles/s (entity annotator only, gazetteer built once in ${gazMs.toFixed(0)} ms)`);
if (showMisses) {
  console.log('misses:'); for (const x of s.misses) console.log('  ' + x);
  console.log('unmatched ours (read by hand; not every name is annotated):');
  for (const x of s.fps) console.log(`  ${x.type}: ${x.name}  | ${x.context}`);
}
