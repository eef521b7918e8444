// Fitting and cross-validation for the story linker's training (scripts/train-stories.mjs): teacher-forced
// examples, an L2 logistic regression, and leave-topics-out folds over the ECB+ train topics so that the
// new-story thresholds are chosen on topics the weights never saw.
import { resolve } from 'node:path';
import { storylineLabels, streamOrder } from '../bench/stories/ecbplus-data.mjs';
import { scoreClustering } from '../bench/stories/metrics.mjs';

const dist = resolve(process.env.STORYLINE_DIST ?? 'dist');
const { StoryBuilder } = await import(`${dist}/story/index.js`);

/**
 * Stream `docs` through the StoryBuilder with the gold story forced (teacher forcing): every candidate
 * story the index offers for an arriving article gives one example, positive when it is the article's
 * gold story. Each example keeps its document's topic, for the folds.
 */
export function teacherForced(docs, analyses, options = {}) {
  const X = [], Y = [], T = [];
  const storyOfGold = new Map(), goldOfStory = new Map();
  const b = new StoryBuilder(options);
  for (const d of streamOrder(docs, analyses)) {
    const decide = (cands) => {
      for (const c of cands) { X.push(c.x); Y.push(goldOfStory.get(c.id) === d.story ? 1 : 0); T.push(d.topic); }
      return storyOfGold.get(d.story) ?? null;
    };
    const id = b.add(analyses[d.id], undefined, decide).storyId;
    if (!storyOfGold.has(d.story)) { storyOfGold.set(d.story, id); goldOfStory.set(id, d.story); }
  }
  return { X, Y, T };
}

/** L2 logistic regression (not on the bias), positives weighted to balance the classes, Adam; `used[j]` false: weight 0. */
export function fitLogistic(X, Y, used, { lambda = 1e-3, steps = 3000 } = {}) {
  const k = used.length;
  const pos = Y.filter(Boolean).length, wPos = (Y.length - pos) / Math.max(1, pos);
  const w = new Array(k).fill(0), m = new Array(k).fill(0), v = new Array(k).fill(0);
  for (let it = 1; it <= steps; it++) {
    const g = new Array(k).fill(0);
    let W = 0;
    for (let i = 0; i < X.length; i++) {
      const x = X[i];
      let z = 0; for (let j = 0; j < k; j++) if (used[j]) z += x[j] * w[j];
      const p = 1 / (1 + Math.exp(-z)), c = Y[i] ? wPos : 1;
      W += c;
      for (let j = 0; j < k; j++) if (used[j]) g[j] += c * (p - Y[i]) * x[j];
    }
    for (let j = 0; j < k; j++) {
      if (!used[j]) continue;
      const gj = g[j] / W + (j ? lambda * w[j] : 0);
      m[j] = 0.9 * m[j] + 0.1 * gj; v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= 0.05 * (m[j] / (1 - 0.9 ** it)) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return w.map((x) => Math.round(x * 1e4) / 1e4);
}

/** Topics split into `k` folds deterministically (sorted by number, dealt round-robin). */
export function topicFolds(docs, k = 5) {
  const topics = [...new Set(docs.map((d) => d.topic))].sort((a, b) => Number(a) - Number(b));
  return Array.from({ length: k }, (_, f) => new Set(topics.filter((_, i) => i % k === f)));
}

/**
 * Cross-validated B-cubed F1: for each fold, weights fitted on the other folds' examples, and the fold's
 * documents clustered on their own with those weights under every linker `variant(weights)` asked for.
 * Returns, per variant, the mean F1 over folds (and each fold's).
 */
export async function crossValidate(docs, analyses, ex, used, folds, variants, clusterOptions = {}) {
  const out = variants.map(() => ({ f1: 0, folds: [] }));
  for (const fold of folds) {
    const keep = ex.T.map((t) => !fold.has(t));
    const w = fitLogistic(ex.X.filter((_, i) => keep[i]), ex.Y.filter((_, i) => keep[i]), used);
    const held = docs.filter((d) => fold.has(d.topic));
    const gold = new Map(held.map((d) => [d.id, d.story]));
    for (let v = 0; v < variants.length; v++) {
      const f1 = scoreClustering((await storylineLabels(held, analyses, { ...clusterOptions, linker: variants[v](w) })).labels, gold).b3.f1;
      out[v].folds.push(f1);
      out[v].f1 += f1 / folds.length;
    }
  }
  return out;
}
