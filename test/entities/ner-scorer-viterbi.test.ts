// The decoder's Viterbi (viterbiMatrices: the allowed pairs only, previous labels skipped when their path score is
// too low to win anything) must give the labels of the plain search over all pairs (viterbi, which the trainer uses),
// whatever the scores: exact ties, near ties within float32 rounding, scores far apart (most labels skipped), one-
// and two-token sentences, label features that differ by word.
import { describe, expect, it } from 'vitest';
import { N_LABELS } from '../../src/analyse/entities/ner/labels.js';
import { transitionMatrix, viterbi, viterbiMatrices } from '../../src/analyse/entities/ner/viterbi.js';

const N = N_LABELS;

/** A seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case { n: number; emit: Float32Array; table: Float32Array; weights: Float32Array; byWord: Int32Array[]; byShape: Int32Array[] }

/** Scores drawn by `value`; four weight rows per label the tokens' label features may read (or not: -1). */
function makeCase(rnd: () => number, n: number, value: () => number): Case {
  const rows = 4 * N;
  const weights = Float32Array.from({ length: rows * N }, value);
  const table = Float32Array.from({ length: N * N }, value);
  const emit = Float32Array.from({ length: n * N }, value);
  const pick = () => Int32Array.from({ length: N }, () => (rnd() < 0.5 ? -1 : Math.floor(rnd() * rows)));
  return { n, emit, table, weights, byWord: Array.from({ length: n }, pick), byShape: Array.from({ length: n }, pick) };
}

function bothWays(c: Case): [string, string] {
  const plain = new Uint8Array(c.n), fast = new Uint8Array(c.n);
  viterbi(c.n, c.emit, (i, p, add) => {
    const rw = c.byWord[i]![p]!, rs = c.byShape[i]![p]!;
    for (let y = 0; y < N; y++) add[y]! += c.table[p * N + y]!;
    if (rw >= 0) for (let y = 0; y < N; y++) add[y]! += c.weights[rw * N + y]!;
    if (rs >= 0) for (let y = 0; y < N; y++) add[y]! += c.weights[rs * N + y]!;
  }, plain);
  const trans = Array.from({ length: c.n }, (_, i) => transitionMatrix(c.table, c.byWord[i]!, c.byShape[i]!, c.weights));
  viterbiMatrices(c.n, c.emit, trans, fast);
  return [plain.join(), fast.join()];
}

describe('the decoder\'s Viterbi search', () => {
  const rnd = random(20261206);
  const kinds: Array<[string, () => number]> = [
    ['exact ties (scores in quarters, a narrow range)', () => Math.round(rnd() * 8 - 4) / 4],
    ['near ties (differences near float32 rounding)', () => 1000 + Math.round(rnd() * 4) * 6e-5],
    ['scores far apart (most previous labels skipped)', () => (rnd() - 0.5) * 60],
    ['scores like a trained model\'s (mostly small, a few large)', () => (rnd() < 0.9 ? (rnd() - 0.5) * 0.5 : (rnd() - 0.5) * 20)],
  ];
  for (const [name, value] of kinds) {
    it(`labels as the search over all pairs does: ${name}`, () => {
      let differ = 0, cases = 0;
      for (const n of [1, 2, 3, 7, 25, 60]) for (let k = 0; k < 40; k++) {
        const [plain, fast] = bothWays(makeCase(rnd, n, value));
        cases++;
        if (plain !== fast) differ++;
      }
      expect(cases).toBe(240);
      expect(differ).toBe(0);
    });
  }
});
