// Learn the story linker (src/story/linker.ts) on the ECB+ train topics and write its weights and
// new-story threshold to src/story/linker-weights.json. The dev topics are not read here.
// 1. Stream the train documents through the StoryBuilder with the gold stories forced (teacher
//    forcing): every candidate story the index offers for an arriving article gives one example,
//    positive when it is the article's gold story.
// 2. Fit a logistic regression (L2, positives weighted to balance the classes) by gradient descent.
// 3. Choose the new-story threshold by the B-cubed F1 of real (unforced) clustering on train.
// Usage: npm run train:stories [-- --cache /tmp/ecb.json]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseDocs, readDocs, storylineLabels, streamOrder } from '../bench/stories/ecbplus-data.mjs';
import { scoreClustering } from '../bench/stories/metrics.mjs';

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const { FEATURES } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
const train = readDocs().filter((d) => d.split === 'train');
const { analyses } = await analyseDocs(train, arg('--cache', null));
const gold = new Map(train.map((d) => [d.id, d.story]));

// 1. Examples under teacher forcing.
const X = [], Y = [];
const storyOfGold = new Map();
const goldOfStory = new Map();
const decide = (doc) => (cands) => {
  for (const c of cands) { X.push(c.x); Y.push(goldOfStory.get(c.id) === doc.story ? 1 : 0); }
  return storyOfGold.get(doc.story) ?? null;
};
{
  const { StoryBuilder } = await import(`${resolve(process.env.STORYLINE_DIST ?? 'dist')}/story/index.js`);
  const b = new StoryBuilder();
  for (const d of streamOrder(train, analyses)) {
    const id = b.add(analyses[d.id], undefined, decide(d)).storyId;
    if (!storyOfGold.has(d.story)) { storyOfGold.set(d.story, id); goldOfStory.set(id, d.story); }
  }
}
const pos = Y.filter(Boolean).length;
console.log(`${X.length} examples (${pos} positive) from ${train.length} train documents`);

// 2. Logistic regression, L2 (not on the bias), balanced classes, Adam.
const k = FEATURES.length, lambda = 1e-3, wPos = (Y.length - pos) / pos;
const w = new Array(k).fill(0), m = new Array(k).fill(0), v = new Array(k).fill(0);
for (let it = 1; it <= 3000; it++) {
  const g = new Array(k).fill(0);
  let W = 0;
  for (let i = 0; i < X.length; i++) {
    let z = 0; for (let j = 0; j < k; j++) z += X[i][j] * w[j];
    const p = 1 / (1 + Math.exp(-z)), c = Y[i] ? wPos : 1;
    W += c;
    for (let j = 0; j < k; j++) g[j] += c * (p - Y[i]) * X[i][j];
  }
  for (let j = 0; j < k; j++) {
    const gj = g[j] / W + (j ? lambda * w[j] : 0);
    m[j] = 0.9 * m[j] + 0.1 * gj; v[j] = 0.999 * v[j] + 0.001 * gj * gj;
    w[j] -= 0.05 * (m[j] / (1 - 0.9 ** it)) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
  }
}
console.log(FEATURES.map((f, j) => `${f} ${w[j].toFixed(2)}`).join(', '));

// 3. New-story threshold: the best B-cubed F1 of unforced clustering on train.
const weights = w.map((x) => Math.round(x * 1e4) / 1e4);
let best = { t: 0.5, f1: -1 };
for (let t = 0.1; t <= 0.95; t += 0.02) {
  const { labels } = await storylineLabels(train, analyses, { linker: { features: [...FEATURES], weights, newStory: t } });
  const s = scoreClustering(labels, gold);
  if (s.b3.f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1: s.b3.f1, p: s.b3.p, r: s.b3.r };
}
console.log(`new-story threshold ${best.t}: train B-cubed F1 ${best.f1.toFixed(3)} (P ${best.p.toFixed(3)}, R ${best.r.toFixed(3)})`);
writeFileSync('src/story/linker-weights.json', `${JSON.stringify({ features: [...FEATURES], weights, newStory: best.t })}\n`);
console.log('wrote src/story/linker-weights.json (rebuild with npx tsc -p tsconfig.json)');
