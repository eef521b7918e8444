// The best well-formed BILOU sequence of a sentence under a first-order model (Viterbi): a token's score is its
// static score for a label plus what the previous label adds (the "y-1=…" features). Used by the structured
// learner (learn.ts) and the decoder (scorer.ts), so training and tagging search the same way.
import { N_LABELS, TRANSITIONS } from './labels.js';

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

/** For each end flag and previous label, the labels a well-formed sequence allows next. */
const NEXT: number[][][] = TRANSITIONS.map((byPrev) => byPrev.map((ok) => [...ok.keys()].filter((y) => ok[y])));

/**
 * Viterbi for the decoder: the score of label y after p at token i is `table[p * N + y]` (the "y-1=P" features)
 * plus the weight rows `byWord[i][p]` and `byShape[i][p]` of `weights` (the "y-1=P|word" and "y-1=P|shape"
 * features; -1: none). The same sums in the same float32 steps as viterbi() with that transition, but only over the
 * allowed labels (after B or I, two of seventeen).
 */
export function viterbiRows(n: number, emit: Float32Array, table: Float32Array, byWord: Int32Array[], byShape: Int32Array[], weights: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  if (delta.length < n * N) { delta = new Float32Array(n * N * 2); back = new Uint8Array(n * N * 2); }
  const f = Math.fround;
  for (let i = 0; i < n; i++) {
    const next = NEXT[i === n - 1 ? 1 : 0]!, o = i * N, words = byWord[i]!, shapes = byShape[i]!;
    for (let y = 0; y < N; y++) delta[o + y] = -Infinity;
    for (let p = 0; p < N; p++) {
      const before = i === 0 ? (p === 0 ? 0 : -Infinity) : delta[o - N + p]!;
      if (before === -Infinity) continue;
      const rw = words[p]! * N, rs = shapes[p]! * N, t = p * N;
      for (const y of next[p]!) {
        let a = f(0 + table[t + y]!);
        if (rw >= 0) a = f(a + weights[rw + y]!);
        if (rs >= 0) a = f(a + weights[rs + y]!);
        const s = before + emit[o + y]! + a;
        if (s > delta[o + y]!) { delta[o + y] = s; back[o + y] = p; }
      }
    }
  }
  let best = 0;
  const last = (n - 1) * N;
  for (let y = 1; y < N; y++) if (delta[last + y]! > delta[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) { out[i] = best; best = back[i * N + best]!; }
}
