// The structured averaged perceptron (Collins 2002): each sentence is decoded whole by Viterbi over
// well-formed BILOU sequences, and when the best sequence differs from the gold one, the features of the
// gold sequence gain and those of the predicted one lose. The label features are first order
// ("y-1=P", "y-1=P|word", "y-1=P|shape"), so the search is exact.
import { historyFeatures, shape } from './features.js';
import { LABELS, N_LABELS } from './labels.js';
import type { Prepared, TrainOptions } from './learn.js';
import { shuffle } from './learn.js';
import { viterbi } from './viterbi.js';

const N = N_LABELS;
/** per token and previous label, the rows of its three first-order label features */
const PER_PREV = 3;

/** The first-order features among the label-history features (without "y-2=…"). */
export const firstOrder = (hist: string[]): string[] => hist.filter((f) => !f.startsWith('y-2='));

/** For each token i and previous label p, the rows of its label features at [(i * N + p) * 3 …] (-1: not a feature). */
export function historyRows(words: string[], index: Map<string, number>): Int32Array {
  const out = new Int32Array(words.length * N * PER_PREV).fill(-1);
  words.forEach((w, i) => {
    const lower = w.toLowerCase(), sh = shape(w);
    for (let p = 0; p < N; p++) {
      firstOrder(historyFeatures(LABELS[p]!, 'O', lower, sh)).forEach((f, k) => { out[(i * N + p) * PER_PREV + k] = index.get(f) ?? -1; });
    }
  });
  return out;
}

/** One structured averaged perceptron over the prepared sentences (shuffled with `seed`): its averaged weights. */
export function trainOnceViterbi(sents: Prepared[], _index: Map<string, number>, rows: number, opt: TrainOptions, seed: number, log: (line: string) => void): Float32Array {
  const w = new Float32Array(rows * N);
  const u = new Float64Array(rows * N);
  let c = 1;
  let emit = new Float32Array(256 * N);
  let pred = new Uint8Array(256);
  const order = sents.map((_, i) => i);
  const update = (r: number, y: number, v: number, cv: number) => { if (r >= 0) { w[r * N + y]! += v; u[r * N + y]! += cv; } };
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    shuffle(order, seed + epoch);
    let errors = 0, tokens = 0;
    for (const si of order) {
      const s = sents[si]!, n = s.words.length, hist = s.hist!;
      if (emit.length < n * N) { emit = new Float32Array(n * N * 2); pred = new Uint8Array(n * 2); }
      emit.fill(0, 0, n * N);
      for (let i = 0; i < n; i++) {
        for (const r of s.feats[i]!) { const o = r * N; for (let y = 0; y < N; y++) emit[i * N + y]! += w[o + y]!; }
      }
      viterbi(n, emit, (i, p, add) => {
        for (let k = 0; k < PER_PREV; k++) {
          const r = hist[(i * N + p) * PER_PREV + k]!;
          if (r >= 0) { const o = r * N; for (let y = 0; y < N; y++) add[y]! += w[o + y]!; }
        }
      }, pred);
      const v = s.weight, cv = c * v;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!, y = pred[i]!;
        const gp = i > 0 ? s.gold[i - 1]! : 0, yp = i > 0 ? pred[i - 1]! : 0;
        if (g !== y) {
          errors++;
          for (const r of s.feats[i]!) { update(r, g, v, cv); update(r, y, -v, -cv); }
        }
        if (g !== y || gp !== yp) {
          for (let k = 0; k < PER_PREV; k++) {
            update(hist[(i * N + gp) * PER_PREV + k]!, g, v, cv);
            update(hist[(i * N + yp) * PER_PREV + k]!, y, -v, -cv);
          }
        }
      }
      c += n; tokens += n;
    }
    log(`epoch ${epoch + 1}: ${(100 * errors / tokens).toFixed(2)}% token errors (Viterbi)`);
  }
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / c;
  return w;
}
