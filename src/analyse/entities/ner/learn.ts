// Averaged-perceptron training of the greedy BILOU tagger (Collins 2002): the decoder runs on its own
// predicted history, and each mistake moves the weights of the token's features towards the gold label.
// Averaging uses the "w − u/c" form, so no per-weight timestamps are needed. With `decode: 'viterbi'` it is the
// structured perceptron instead: whole sentences decoded by Viterbi over first-order label features (learn-viterbi.ts).
import { docContext, historyFeatures, sentenceFeatures, shape, type Clusters } from './features.js';
import { LABELS, N_LABELS, TRANSITIONS } from './labels.js';
import { NerModel } from './model.js';
import { labelEvidence } from './first-pass.js';
import { firstOrder, historyRows, trainOnceViterbi } from './learn-viterbi.js';

export interface TrainingDoc {
  sentences: string[][];
  labels: Uint8Array[];
  /** how much a mistake on this document counts (genre or quality weighting) */
  weight: number;
  /** the rule recogniser's hint per token, when the model is trained with hints */
  hints?: string[][];
  /** a first tagger's labels of the document (made without seeing it), when training a second-pass model */
  firstPass?: Uint8Array[];
}

export interface TrainOptions {
  epochs: number;
  /** features seen fewer times in the training data are dropped */
  minCount: number;
  /** rows whose largest averaged weight is below this are pruned from the saved model */
  prune: number;
  seed: number;
  /**
   * how many perceptrons to train on differently shuffled data and average (1: one). One greedy perceptron's
   * errors move with the shuffle order; the mean of several is steadier (parameter averaging of an ensemble)
   */
  ensemble?: number;
  /** label history seen while training: the model's own predictions (as at run time) or the gold labels */
  history?: 'predicted' | 'gold';
  /** greedy left-to-right decoding (label history of two) or Viterbi over the previous label (structured perceptron) */
  decode?: 'greedy' | 'viterbi';
  clusters: Clusters | null;
  /**
   * share of capitalised training tokens whose word-identity features ("w=", "l=") are left out (fixed per token),
   * so that the model learns what a name it has never seen looks like from its shape, context and lexicons
   */
  wordDropout?: number;
  log?: (line: string) => void;
}

/** Whether token i of sentence si of document di loses its word-identity features (a fixed hash, no state). */
const dropped = (di: number, si: number, i: number, share: number): boolean => {
  let h = Math.imul(di + 1, 0x9e3779b1) ^ Math.imul(si + 1, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12;
  return (h >>> 0) / 2 ** 32 < share;
};

/** Deterministic shuffle (xorshift32). */
export function shuffle<T>(xs: T[], seed: number): T[] {
  let x = seed >>> 0 || 1;
  const rnd = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 2 ** 32; };
  for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; }
  return xs;
}

export interface Prepared { words: string[]; gold: Uint8Array; feats: Int32Array[]; weight: number; hist?: Int32Array }

export function trainNer(docs: TrainingDoc[], opt: TrainOptions): NerModel {
  const log = opt.log ?? (() => {});
  const structured = opt.decode === 'viterbi';
  // Pass 1: count feature strings (static ones, plus the history features of the gold sequences).
  const counts = new Map<string, number>();
  const bump = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  const statics = docs.map((d, di) => {
    const ctx = docContext(d.sentences);
    if (d.firstPass) ctx.firstPass = labelEvidence(d.sentences, d.firstPass);
    return d.sentences.map((ws, si) => {
      let st = sentenceFeatures(ws, ctx, opt.clusters, d.hints?.[si] ?? null);
      if (opt.wordDropout) st = st.map((fs, i) => (/^\p{Lu}/u.test(ws[i]!) && dropped(di, si, i, opt.wordDropout!) ? fs.filter((f) => !f.startsWith('w=') && !f.startsWith('l=')) : fs));
      const y = d.labels[si]!;
      st.forEach((fs, i) => {
        for (const f of fs) bump(f);
        const hist = historyFeatures(LABELS[y[i - 1] ?? 0]!, LABELS[y[i - 2] ?? 0]!, ws[i]!.toLowerCase(), shape(ws[i]!));
        for (const f of structured ? firstOrder(hist) : hist) bump(f);
      });
      return st;
    });
  });
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opt.minCount) index.set(f, index.size);
  counts.clear();
  log(`features: ${index.size} kept (min count ${opt.minCount})`);
  // Pass 2: static features as row ids.
  const sents: Prepared[] = [];
  docs.forEach((d, di) => d.sentences.forEach((ws, si) => {
    const feats = statics[di]![si]!.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((r) => r >= 0)));
    sents.push({ words: ws, gold: d.labels[si]!, feats, weight: d.weight, hist: structured ? historyRows(ws, index) : undefined });
  }));
  statics.length = 0;
  const rows = index.size;
  const runs = Math.max(1, opt.ensemble ?? 1);
  const w = new Float32Array(rows * N_LABELS);
  for (let run = 0; run < runs; run++) {
    const one = (structured ? trainOnceViterbi : trainOnce)(sents, index, rows, opt, opt.seed + 1000 * run, log);
    for (let i = 0; i < w.length; i++) w[i]! += one[i]! / runs;
  }
  // Prune rows whose weights are all near zero: they barely move a decision and cost size.
  const keep: number[] = [];
  for (let r = 0; r < rows; r++) {
    let m = 0;
    for (let y = 0; y < N_LABELS; y++) m = Math.max(m, Math.abs(w[r * N_LABELS + y]!));
    if (m >= opt.prune) keep.push(r);
  }
  const names = [...index.keys()];
  const outIndex = new Map<string, number>();
  const outW = new Float32Array(keep.length * N_LABELS);
  keep.forEach((r, k) => { outIndex.set(names[r]!, k); outW.set(w.subarray(r * N_LABELS, (r + 1) * N_LABELS), k * N_LABELS); });
  log(`rows: ${keep.length} of ${rows} kept after pruning at ${opt.prune}`);
  return new NerModel(outIndex, outW, opt.clusters, { hints: docs.some((d) => d.hints), ...(structured ? { decode: 'viterbi' } : {}) });
}

/** One averaged perceptron over the prepared sentences (shuffled with `seed`): its final averaged weights. */
function trainOnce(sents: Prepared[], index: Map<string, number>, rows: number, opt: TrainOptions, seed: number, log: (line: string) => void): Float32Array {
  const w = new Float32Array(rows * N_LABELS);
  const u = new Float64Array(rows * N_LABELS);
  const scores = new Float32Array(N_LABELS);
  let c = 1;
  const order = sents.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    shuffle(order, seed + epoch);
    let errors = 0, tokens = 0;
    for (const si of order) {
      const s = sents[si]!;
      let prev = 0, prev2 = 0;
      for (let i = 0; i < s.words.length; i++) {
        const hist: number[] = [];
        for (const f of historyFeatures(LABELS[prev]!, LABELS[prev2]!, s.words[i]!.toLowerCase(), shape(s.words[i]!))) {
          const r = index.get(f);
          if (r !== undefined) hist.push(r);
        }
        scores.fill(0);
        const stat = s.feats[i]!;
        for (const r of stat) { const o = r * N_LABELS; for (let y = 0; y < N_LABELS; y++) scores[y]! += w[o + y]!; }
        for (const r of hist) { const o = r * N_LABELS; for (let y = 0; y < N_LABELS; y++) scores[y]! += w[o + y]!; }
        const ok = TRANSITIONS[i === s.words.length - 1 ? 1 : 0]![prev]!;
        let best = -1;
        for (let y = 0; y < N_LABELS; y++) if (ok[y] && (best < 0 || scores[y]! > scores[best]!)) best = y;
        const gold = s.gold[i]!;
        if (best !== gold) {
          errors++;
          const v = s.weight, cv = c * v;
          for (const r of stat) { w[r * N_LABELS + gold]! += v; u[r * N_LABELS + gold]! += cv; w[r * N_LABELS + best]! -= v; u[r * N_LABELS + best]! -= cv; }
          for (const r of hist) { w[r * N_LABELS + gold]! += v; u[r * N_LABELS + gold]! += cv; w[r * N_LABELS + best]! -= v; u[r * N_LABELS + best]! -= cv; }
        }
        c++; tokens++;
        prev2 = prev; prev = opt.history === 'gold' ? gold : best;
      }
    }
    log(`epoch ${epoch + 1}: ${(100 * errors / tokens).toFixed(2)}% token errors`);
  }
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / c;
  return w;
}
