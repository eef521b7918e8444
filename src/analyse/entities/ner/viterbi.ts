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

/**
 * The labels that may follow O (O, B-…, U-…) may follow exactly the labels of WIDE (O, L-…, U-…): 81 of the 97
 * allowed pairs. The rest (after B-x or I-x: I-x, L-x) are NARROW: per end flag, the previous labels (ascending), and
 * after each the labels it allows (`ys[from[k] … from[k + 1])`, ascending) with their cells in a matrix (`cells`).
 */
const sameRow = (a: Uint8Array, b: Uint8Array) => a.every((x, y) => x === b[y]);
const WIDE = Uint8Array.from(LABELS.keys()).filter((p) => sameRow(TRANSITIONS[0]![p]!, TRANSITIONS[0]![0]!) && sameRow(TRANSITIONS[1]![p]!, TRANSITIONS[1]![0]!));
/** the labels after a WIDE label inside a sentence; per end flag, the positions in it of the labels allowed there */
const WIDE_Y = Uint8Array.from(LABELS.keys()).filter((y) => TRANSITIONS[0]![0]![y]);
/** the column of label O in a WIDE row */
const O_COL = WIDE_Y.indexOf(0);
const WIDE_AT = TRANSITIONS.map((byPrev) => Uint8Array.from(WIDE_Y.keys()).filter((j) => byPrev[0]![WIDE_Y[j]!]));
interface Pairs { prev: Uint8Array; from: Uint16Array; ys: Uint8Array; cells: Uint16Array }
/**
 * A token's matrix holds the allowed pairs only (a word's matrix is read where it lies, often out of cache): its SPREAD
 * and MAGNITUDE, the WIDE × WIDE_Y block row by row, then the NARROW pairs inside a sentence.
 */
const SPREAD = 0, MAGNITUDE = 1, WIDE_AT0 = 2, NARROW_AT = WIDE_AT0 + WIDE.length * WIDE_Y.length;
const narrowPairs = (byPrev: Uint8Array[]) => byPrev.flatMap((ok, p) => (WIDE.includes(p) ? [] : LABELS.map((_, y) => y).filter((y) => ok[y]).map((y) => [p, y] as const)));
const NARROW_ALL = narrowPairs(TRANSITIONS[0]!);
const NARROW: Pairs[] = TRANSITIONS.map((byPrev) => {
  const prev: number[] = [], from: number[] = [0], ys: number[] = [], cells: number[] = [];
  for (const [p, y] of narrowPairs(byPrev)) {
    if (prev[prev.length - 1] !== p) { if (prev.length) from.push(ys.length); prev.push(p); }
    ys.push(y); cells.push(NARROW_AT + NARROW_ALL.findIndex(([q, z]) => q === p && z === y));
  }
  from.push(ys.length);
  return { prev: Uint8Array.from(prev), from: Uint16Array.from(from), ys: Uint8Array.from(ys), cells: Uint16Array.from(cells) };
});
/** The length of a token's matrix (transitionMatrix). */
export const MATRIX_CELLS = NARROW_AT + NARROW_ALL.length;

/**
 * The label-feature scores of one token for the allowed (previous, next) label pairs: `table[p * N + y]` (the "y-1=P"
 * features) plus the weight rows `byWord[p]` and `byShape[p]` of `weights` (the "y-1=P|word" and "y-1=P|shape"
 * features; -1: none), summed in the float32 steps of viterbi() with that transition, in the layout above. A token's
 * matrix depends only on its word (a word has one shape), so the decoder builds it once per word, or once per shape
 * for the many words without label features of their own. SPREAD: the largest difference between two WIDE rows in
 * any column; MAGNITUDE: the largest magnitude of a cell (viterbiMatrices prunes with them). `m`: where to write it.
 */
export function transitionMatrix(table: Float32Array, byWord: Int32Array, byShape: Int32Array, weights: Float32Array,
  m: Float32Array = new Float32Array(MATRIX_CELLS)): Float32Array {
  const f = Math.fround;
  const score = (p: number, y: number) => {
    const rw = byWord[p]! * N, rs = byShape[p]! * N;
    let a = f(0 + table[p * N + y]!);
    if (rw >= 0) a = f(a + weights[rw + y]!);
    if (rs >= 0) a = f(a + weights[rs + y]!);
    return a;
  };
  let magnitude = 0, spread = 0;
  WIDE_Y.forEach((y, j) => {
    let lo = Infinity, hi = -Infinity;
    WIDE.forEach((p, k) => {
      const a = score(p, y);
      m[WIDE_AT0 + k * WIDE_Y.length + j] = a;
      lo = Math.min(lo, a); hi = Math.max(hi, a); magnitude = Math.max(magnitude, Math.abs(a));
    });
    spread = Math.max(spread, hi - lo);
  });
  NARROW_ALL.forEach(([p, y], c) => { m[NARROW_AT + c] = score(p, y); });
  // stored as float32: rounded up past the value, so the bound stays a bound
  m[SPREAD] = spread * (1 + 1e-6) + 1e-30; m[MAGNITUDE] = magnitude * (1 + 1e-6);
  return m;
}

/**
 * Viterbi for the decoder: the score of label y after p at token i is `emit[i * N + y]` plus the pair's cell of
 * `trans[i]` (transitionMatrix), over the allowed pairs only: the same sums, compared in the same order for each label
 * (previous labels ascending, the first of equal scores kept), as viterbi() with the transition the matrices were
 * built from.
 *
 * Pruned, exactly: a WIDE previous label p whose path score delta[p] lies below the best WIDE one's, D, by more than
 * the matrix's SPREAD (plus a margin far above float32 rounding) scores below D's label for every following label,
 * so it can win none; skipping it changes no comparison that decides a label (a skipped score is below every score
 * that can end up best, float32 rounding of the stored best included). Most tokens keep one or two of the nine.
 * `forced`: tokens that take label O without a search (scorer.ts farTokens), whose `emit` is not read, nor their
 * matrix when the token before is forced too or they start the sentence.
 */
export function viterbiMatrices(n: number, emit: Float32Array, trans: Float32Array[], out: Uint8Array, forced: Uint8Array | null = null): void {
  if (n === 0) return;
  if (delta.length < n * N) { delta = new Float32Array(n * N * 2); back = new Uint8Array(n * N * 2); }
  // locals: the module's buffers are reassigned when they grow, which V8 would otherwise re-read at every access
  const dl = delta, bk = back, nwy = WIDE_Y.length;
  for (let i = 0; i < n; i++) {
    const end = i === n - 1 ? 1 : 0, o = i * N, at = WIDE_AT[end]!;
    // a loop, not fill(): a builtin call per token cost more than the 2 × 17 stores
    for (let y = o; y < o + N; y++) { dl[y] = -Infinity; bk[y] = 0; }
    if (forced?.[i]) {
      // label O only (O follows the WIDE labels alone, at any position); its static score is left out: every path
      // through the token has it, so no comparison changes. After a forced token (or first in the sentence) every path
      // reaches it from O: the O → O cell is the same for all, left out too (its matrix is not read: trans[i] unset)
      if (i === 0 || forced[i - 1]) { dl[o] = i === 0 ? 0 : dl[o - N]!; continue; }
      const m = trans[i]!;
      for (let k = 0; k < WIDE.length; k++) {
        const p = WIDE[k]!, d = dl[o - N + p]!;
        if (d === -Infinity) continue;
        const s = d + m[WIDE_AT0 + k * nwy + O_COL]!;
        if (s > dl[o]!) { dl[o] = s; bk[o] = p; }
      }
      continue;
    }
    const m = trans[i]!;
    if (i === 0) {
      // the first token follows O (WIDE[0])
      for (let j = 0; j < at.length; j++) { const c = at[j]!, y = WIDE_Y[c]!; dl[o + y] = 0 + emit[o + y]! + m[WIDE_AT0 + c]!; }
      continue;
    }
    let top = -Infinity, eMax = 0;
    for (let k = 0; k < WIDE.length; k++) top = Math.max(top, dl[o - N + WIDE[k]!]!);
    for (let j = 0; j < nwy; j++) eMax = Math.max(eMax, Math.abs(emit[o + WIDE_Y[j]!]!));
    const cut = top - m[SPREAD]! - 1e-4 * (1 + Math.abs(top) + eMax + m[MAGNITUDE]!);
    for (let k = 0; k < WIDE.length; k++) {
      const p = WIDE[k]!, d = dl[o - N + p]!;
      if (!(d >= cut)) continue;
      const row = WIDE_AT0 + k * nwy;
      for (let j = 0; j < at.length; j++) {
        const c = at[j]!, y = WIDE_Y[c]!, s = d + emit[o + y]! + m[row + c]!;
        // delta holds float32: the comparison reads the rounded best, as in viterbi()
        if (s > dl[o + y]!) { dl[o + y] = s; bk[o + y] = p; }
      }
    }
    const { prev, from, ys, cells } = NARROW[end]!;
    for (let k = 0; k < prev.length; k++) {
      const p = prev[k]!, d = dl[o - N + p]!;
      if (d === -Infinity) continue;
      for (let j = from[k]!, e = from[k + 1]!; j < e; j++) {
        const y = ys[j]!, s = d + emit[o + y]! + m[cells[j]!]!;
        if (s > dl[o + y]!) { dl[o + y] = s; bk[o + y] = p; }
      }
    }
  }
  let best = 0;
  const last = (n - 1) * N;
  for (let y = 1; y < N; y++) if (dl[last + y]! > dl[last + best]!) best = y;
  for (let i = n - 1; i >= 0; i--) { out[i] = best; best = bk[i * N + best]!; }
}
