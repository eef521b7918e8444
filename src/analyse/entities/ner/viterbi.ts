// The best well-formed BILOU sequence of a sentence under a first-order model (Viterbi): a token's score is its
// static score for a label plus what the previous label adds (the "y-1=…" features). Used by the structured
// learner (learn.ts) and the decoder (scorer.ts), so training and tagging search the same way.
import { LABELS, N_LABELS, TRANSITIONS } from './labels.js';

const N = N_LABELS;
let delta = new Float32Array(64 * N);
let back = new Uint8Array(64 * N);
const buf = new Float32Array(N);

/**
 * Labels for n tokens into `out`. `emit[i * N + y]`: the static score of label y at token i; `transition(i, p, add)`
 * adds to `add[y]` the score of y after label p at token i (the label before the first token is O).
 */
export function viterbi(n: number, emit: Float32Array, transition: (i: number, prev: number, add: Float32Array) => void, out: Uint8Array): void {
  if (n === 0) return;
  if (delta.length < n * N) { delta = new Float32Array(n * N * 2); back = new Uint8Array(n * N * 2); }
  for (let i = 0; i < n; i++) {
    const ok = TRANSITIONS[i === n - 1 ? 1 : 0]!, o = i * N;
    for (let y = 0; y < N; y++) delta[o + y] = -Infinity;
    for (let p = 0; p < N; p++) {
      const before = i === 0 ? (p === 0 ? 0 : -Infinity) : delta[o - N + p]!;
      if (before === -Infinity) continue;
      const allowed = ok[p]!;
      buf.fill(0);
      transition(i, p, buf);
      for (let y = 0; y < N; y++) {
        if (!allowed[y]) continue;
        const s = before + emit[o + y]! + buf[y]!;
        if (s > delta[o + y]!) { delta[o + y] = s; back[o + y] = p; }
      }
    }
  }
  let best = 0;
  const last = (n - 1) * N;
  for (let y = 1; y < N; y++) if (delta[last + y]! > delta[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) { out[i] = best; best = back[i * N + best]!; }
}

/** For each end flag and label y: the labels after which a well-formed sequence allows y, ascending. */
const BEFORE: Uint8Array[][] = TRANSITIONS.map((byPrev) => LABELS.map((_, y) => Uint8Array.from(byPrev.keys()).filter((p) => byPrev[p]![y])));

/**
 * The label-feature scores of one token for every (previous, next) label pair, at [p * N + y]: `table[p * N + y]`
 * (the "y-1=P" features) plus the weight rows `byWord[p]` and `byShape[p]` of `weights` (the "y-1=P|word" and
 * "y-1=P|shape" features; -1: none), summed in the float32 steps of viterbi() with that transition. A token's matrix
 * depends only on its word (a word has one shape), so the decoder builds it once per word, or once per shape for
 * the many words without label features of their own.
 */
export function transitionMatrix(table: Float32Array, byWord: Int32Array, byShape: Int32Array, weights: Float32Array): Float32Array {
  const f = Math.fround, m = new Float32Array(N * N);
  for (let p = 0; p < N; p++) {
    const rw = byWord[p]! * N, rs = byShape[p]! * N;
    for (let y = 0; y < N; y++) {
      let a = f(0 + table[p * N + y]!);
      if (rw >= 0) a = f(a + weights[rw + y]!);
      if (rs >= 0) a = f(a + weights[rs + y]!);
      m[p * N + y] = a;
    }
  }
  return m;
}

/**
 * Viterbi for the decoder: the score of label y after p at token i is `emit[i * N + y] + trans[i][p * N + y]`
 * (transitionMatrix), over the allowed pairs only (after B or I, two labels of seventeen): the same sums, in the same
 * order, as viterbi() with the transition the matrices were built from.
 */
export function viterbiMatrices(n: number, emit: Float32Array, trans: Float32Array[], out: Uint8Array): void {
  if (n === 0) return;
  if (delta.length < n * N) { delta = new Float32Array(n * N * 2); back = new Uint8Array(n * N * 2); }
  const f = Math.fround;
  for (let i = 0; i < n; i++) {
    const before = BEFORE[i === n - 1 ? 1 : 0]!, o = i * N, m = trans[i]!;
    for (let y = 0; y < N; y++) {
      // the first token follows O; the previous labels in ascending order, as viterbi() visits them
      const ps = before[y]!, e = emit[o + y]!;
      let best = -Infinity, arg = 0;
      if (i === 0) {
        if (ps[0] === 0) { best = f(0 + e + m[y]!); }
      } else {
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k]!, d = delta[o - N + p]!;
          if (d === -Infinity) continue;
          const s = d + e + m[p * N + y]!;
          if (s > best) { best = f(s); arg = p; }
        }
      }
      delta[o + y] = best; back[o + y] = arg;
    }
  }
  let best = 0;
  const last = (n - 1) * N;
  for (let y = 1; y < N; y++) if (delta[last + y]! > delta[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) { out[i] = best; best = back[i * N + best]!; }
}
