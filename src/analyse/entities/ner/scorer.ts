// The decoder's fast path. features.ts names every feature as a string (the trainer's form); building and
// hashing ~30 such strings per token was most of the analysis time. Here each distinct word and shape gets one
// record (word-records.ts), and the templates that read two or three tokens ("b-1=…|…", "ss=…|…|…") or the document
// are memoised under integer keys. A token's score is the sum of the same rows as contextFeatures and historyFeatures
// give, several of them summed ahead (a neighbour's rows, the hints, a form's document evidence), so the float32
// sums may differ from the string path's in the last bits; the labels are checked against it
// (test/entities/ner-scorer.test.ts).
import { mostlyCapitalised, placeKind, type Clusters } from './features.js';
import { type DocumentMemo, documentWords } from './document-words.js';
import { LABELS, N_LABELS, TRANSITIONS } from './labels.js';
import { FeatureRows, NEXT_PAIR, PAIR_BITS, PREV_PAIR } from './feature-rows.js';
import { viterbiMatrices } from './viterbi.js';
import { capitalisesNames, capitalSegments, farTokens } from './far-tokens.js';
import { HintVectors, K } from './hint-vectors.js';
import { FormVectors } from './form-vectors.js';
import { AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, INIT, MODES, OWN, PLAIN, type ShapeInfo, type WordInfo, WordRecords } from './word-records.js';

const N = N_LABELS;
const fround = Math.fround;
/** N zeros: what a token's missing neighbour vector or row adds (the static scores' fused sum in tag) */
const ZERO = new Float32Array(N);
/** Ids of shapes below S form memo keys that stay exact integers (hint ids below K: hint-vectors.ts). */
const S = 1 << 10;
/** Triples of shape ids below DENSE have their "ss=" rows in an array (the first shapes seen are the common ones). */
const DENSE = 48;
/** Memory stays bounded: the records start again when a document begins and this many word forms were recorded. */
const MAX_WORDS = 40_000;

export class FeatureScorer {
  private records: WordRecords;
  private rows: FeatureRows;
  /** "ss=…" rows of shape triples: in an array for the first DENSE shapes seen (-2: not looked up), else in a map */
  private ssDense = new Int32Array(DENSE * DENSE * DENSE).fill(-2);
  private ss = new Map<number, number>();
  /** hint strings' ids, and the summed hint rows by hint-id triple and clause start (hintVector) */
  private hints = new HintVectors((f) => this.row(f), (rows) => this.sum(rows));
  /** what the current document says about its capitalised forms */
  private forms: FormVectors;
  private fixed = new Map<string, number>();
  private padding: [WordInfo, WordInfo] | null = null;
  private historyTable: Float32Array;

  /** per token of the sentence being decoded by Viterbi: its static scores, its label-feature matrix, whether it is far (farTokens) */
  private emit = new Float32Array(256 * N);
  private far = new Uint8Array(256);
  /** Viterbi decoding labels tokens far from any capital, digit or hint O without scoring them (farTokens); false: score every token. */
  skipFar = true;
  /**
   * tokens decoded by Viterbi, those of them labelled O unscored (far), since the scorer was made, and the tokens a
   * first pass left unscored because no label of theirs is read (`evidenceOnly`: whole sentences and the rest of the
   * segments marked by capitalSegments)
   */
  readonly counts = { tokens: 0, far: 0, unread: 0 };
  private trans: Float32Array[] = [];
  /** the records of the last document's tokens (a second pass finds its own records through them: WordRecords.viaTwin) */
  lastRecords: WordInfo[][] = [];

  /**
   * `index`: the model's features (FeatureRows: a map to rows, or the strings by row); `structured`: decode whole
   * sentences by Viterbi (a model trained as a structured perceptron) instead of greedily.
   */
  constructor(index: ReadonlyMap<string, number> | readonly string[], private weights: Float32Array, clusters: Clusters | null, private structured = false) {
    this.rows = new FeatureRows(index);
    this.historyTable = new Float32Array(N * N * N);
    this.records = new WordRecords(this.rows, weights, clusters, this.historyTable, structured);
    for (let p2 = 0; p2 < N; p2++) for (let p = 0; p < N; p++) {
      const o = (p2 * N + p) * N;
      this.add(this.row(`y-1=${LABELS[p]}`), this.historyTable, o);
      this.add(this.row(`y-2=${LABELS[p2]}|${LABELS[p]}`), this.historyTable, o);
    }
    this.forms = new FormVectors((f) => this.row(f), (f) => this.fixedRow(f), weights);
  }

  private row(f: string): number { return this.rows.row(f); }

  /** The record of a word form (scripts/perf/parts.mjs times a new word's first sight with it). */
  word(w: string): WordInfo { return this.records.word(w); }

  /** Adds weight row `r` (none when -1) to scores[at … at + N). */
  private add(r: number, scores: Float32Array, at = 0): void {
    if (r < 0) return;
    const w = this.weights, o = r * N;
    for (let y = 0; y < N; y++) scores[at + y]! += w[o + y]!;
  }

  /** Adds v[at … at + N) to scores[to … to + N). */
  private addVector(v: Float32Array, at: number, scores: Float32Array, to: number): void {
    for (let y = 0; y < N; y++) scores[to + y]! += v[at + y]!;
  }

  /** The sum of weight rows (-1: none) as one vector, or null when none is a feature. */
  private sum(rows: number[]): Float32Array | null {
    if (rows.every((r) => r < 0)) return null;
    const v = new Float32Array(N);
    for (const r of rows) this.add(r, v);
    return v;
  }

  /** The row of a constant feature string (memoised: "mode=AC", "gf=city", document evidence). */
  private fixedRow(f: string): number {
    let r = this.fixed.get(f);
    if (r === undefined) { r = this.row(f); this.fixed.set(f, r); }
    return r;
  }

  /** The row of "ss=a|b|c". */
  private shapeTriple(a: ShapeInfo, b: ShapeInfo, c: ShapeInfo): number {
    const dense = a.sid < DENSE && b.sid < DENSE && c.sid < DENSE;
    const k = dense ? (a.sid * DENSE + b.sid) * DENSE + c.sid : (a.sid * S + b.sid) * S + c.sid;
    let r = dense ? this.ssDense[k]! : this.ss.get(k) ?? -2;
    if (r === -2) {
      r = this.row(`ss=${a.text}|${b.text}|${c.text}`);
      if (dense) this.ssDense[k] = r; else if (a.sid < S && b.sid < S && c.sid < S) this.ss.set(k, r);
    }
    return r;
  }

  /** Gazetteer kind of two capitalised words read as one name ("New York"), memoised with the left word. */
  private pairKind(a: WordInfo, b: WordInfo, aw: string, bw: string): string | null {
    const m = a.pairKinds ??= new Map();
    let k = m.get(b.rid);
    if (k === undefined) { k = placeKind(`${aw} ${bw}`); m.set(b.rid, k); }
    return k;
  }

  /** Memory stays bounded: the memos start again when a document begins and they have grown large. */
  private trim(): void {
    if (this.records.size < MAX_WORDS && this.records.shapeCount < S - 128 && this.hints.size < K - 64) return;
    this.records.clear(); this.ssDense.fill(-2); this.ss.clear(); this.hints.clear(); this.padding = null;
    this.lastRecords = [];
  }

  /**
   * BILOU label indices for each sentence of a document, well-formed sequences (greedy, or Viterbi when structured);
   * `firstPass`: a first tagger's evidence about word forms (first-pass.ts), for a second-pass model; `memo`: what the
   * document says about its word forms (document-words.ts), shared by the passes of a two-pass model; `before`: the
   * records another scorer made of these sentences' tokens (its lastRecords), through which this one finds its own;
   * `evidenceOnly`: the caller reads the labels of capitalised tokens only (a first pass: first-pass.ts), so sentences and
   * segments between far tokens without one are labelled O unscored (capitalSegments).
   */
  tag(sentences: string[][], hints: string[][] | null, firstPass: Map<string, string[]> | null = null, memo: DocumentMemo = {},
    before: WordInfo[][] | null = null, evidenceOnly = false): Uint8Array[] {
    this.trim();
    this.forms.startDocument();
    const records = this.records;
    const [START, END] = this.padding ??= [records.word('<s>', true), records.word('</s>', true)];
    // the tokens' records, their flags at least: a second pass starts from the first pass's records (the same flags)
    // and finds its own, complete, for the tokens it scores or reads as neighbours (own, in the sentence loop)
    const twins = before && before.length === sentences.length && before.every((b, si) => b.length === sentences[si]!.length) ? before : null;
    const docs = twins ? twins.map((b) => b.slice()) : sentences.map((ws) => ws.map((w) => records.light(w)));
    this.lastRecords = docs;
    const own = (si: number, i: number) => twins ? records.viaTwin(twins[si]![i]!, sentences[si]![i]!) : records.complete(docs[si]![i]!);
    const { midCaps, lowerSeen, evidence, casing } = documentWords(sentences, docs, memo);
    const skipFar = this.skipFar && capitalisesNames(docs);
    const scores = new Float32Array(N);
    const h = this.historyTable, pairRows = this.rows.pairRows;
    return sentences.map((ws, si) => {
      const toks = docs[si]!, n = ws.length, hs = hints?.[si] ?? null;
      if (this.structured && this.emit.length < n * N) this.emit = new Float32Array(n * N * 2);
      // the static scores go straight to the sentence's row of emit (Viterbi), or to scores (greedy)
      const sc = this.structured ? this.emit : scores;
      let letters = 0, caps = 0, upper = true;
      for (const t of toks) if (t.letter) { letters++; if (t.cap) caps++; if (!t.allUpper) upper = false; }
      const mode = mostlyCapitalised(letters, caps) ? (upper ? 1 : 2) : 0;
      const modeRow = mode ? this.fixedRow(`mode=${MODES[mode]}`) : -1;
      const hintIds = hs ? this.hints.ids(hs, n) : null;
      const far = this.structured && skipFar && !mode ? farTokens(toks, hs, n, this.far.length >= n ? this.far : (this.far = new Uint8Array(2 * n))) : null;
      let farCount = 0;
      if (far) for (let i = 0; i < n; i++) farCount += far[i]!;
      if (this.structured) { this.counts.tokens += n; this.counts.far += farCount; }
      if (evidenceOnly) {
        // only the labels of capitalised tokens are read: a sentence, or a segment between far tokens, without one is left O
        const left = capitalSegments(toks, far, n);
        this.counts.unread += n - farCount - left;
        if (!left) return new Uint8Array(n);
      }
      // complete records for the scored tokens and the neighbours they read (two on each side; all without far tokens)
      if (!far) for (let i = 0; i < n; i++) toks[i] = own(si, i);
      else for (let i = 0, done = 0; i < n; i++) if (!far[i]) { for (let j = Math.max(done, i - 2), e = Math.min(n - 1, i + 2); j <= e; j++) toks[j] = own(si, j); done = i + 3; }
      const out = new Uint8Array(n);
      let prevY = 0, prevY2 = 0;
      for (let i = 0; i < n; i++) {
        const at = this.structured ? i * N : 0;
        const cur = toks[i]!;
        if (far?.[i]) { if (i > 0 && !far[i - 1]) this.trans[i] = records.transitions(cur); continue; }
        const prev = i > 0 ? toks[i - 1]! : START, next = i + 1 < n ? toks[i + 1]! : END;
        const prev2 = i > 1 ? toks[i - 2]! : START, next2 = i + 2 < n ? toks[i + 2]! : END;
        const initial = i === 0 || prev.opener;
        const s = cur.shape;
        // the rows of contextFeatures, a neighbour's several rows summed once per word (AS_PREV, AS_NEXT): the word's
        // own vector (with its shape's row in a headline), the neighbours' vectors, the shape triple's row, summed in
        // one pass in this order, each sum rounded to float32 as a store into `sc` after each addition would round it
        // (a missing vector or row adds zeros: the same sums, at most a zero's sign differs, which no comparison reads)
        const v0 = cur.vec, w = this.weights;
        const shapeMode = mode ? s.byMode[mode]! : -1, ssRow = this.shapeTriple(prev.shape, s, next.shape);
        const pairPrev = prev.pairs & PAIR_BITS.prevLeft && cur.pairs & PAIR_BITS.prevRight ? pairRows.get(PREV_PAIR, prev.lid, cur.lid) : -1;
        const pairNext = cur.pairs & PAIR_BITS.nextLeft && next.pairs & PAIR_BITS.nextRight ? pairRows.get(NEXT_PAIR, cur.lid, next.lid) : -1;
        // a token in lower case inside a clause, in ordinary case, without a gazetteer kind or a word-pair row (most
        // tokens) has no row between the shape triple's and its hints' vector: that vector is summed in the same pass
        const plain = !mode && !initial && !cur.cap && !cur.gaz && pairPrev < 0 && pairNext < 0;
        const hv = plain && hs ? this.hints.vector(hs, hintIds!, i, initial) : null;
        const mv = shapeMode >= 0 ? w : ZERO, mo = shapeMode >= 0 ? shapeMode * N : 0;
        const pv = prev.hasPrev ? prev.vec : ZERO, po = prev.hasPrev ? AS_PREV : 0;
        const nv = next.hasNext ? next.vec : ZERO, no = next.hasNext ? AS_NEXT : 0;
        const p2v = prev2.asPrev2 >= 0 ? prev2.vec : ZERO, p2o = prev2.asPrev2 >= 0 ? AS_PREV2 : 0;
        const n2v = next2.asNext2 >= 0 ? next2.vec : ZERO, n2o = next2.asNext2 >= 0 ? AS_NEXT2 : 0;
        const sv = ssRow >= 0 ? w : ZERO, so = ssRow >= 0 ? ssRow * N : 0;
        const h7 = hv ?? ZERO;
        const vo = mode ? OWN : PLAIN;
        for (let y = 0; y < N; y++) {
          let t = fround(v0[vo + y]! + mv[mo + y]!);
          t = fround(t + pv[po + y]!);
          t = fround(t + nv[no + y]!);
          t = fround(t + p2v[p2o + y]!);
          t = fround(t + n2v[n2o + y]!);
          t = fround(t + sv[so + y]!);
          sc[at + y] = t + h7[y]!;
        }
        if (!plain) {
          this.add(pairPrev, sc, at);
          this.add(pairNext, sc, at);
          if (initial) { this.add(s.init, sc, at); if (cur.init >= 0) this.addVector(v0, INIT, sc, at); }
          if (mode) this.add(modeRow, sc, at);
          if (cur.gaz) this.add(cur.gazHere[initial ? 1 : 0], sc, at);
          if (i + 1 < n && cur.cap && next.cap) { const k = this.pairKind(cur, next, ws[i]!, ws[i + 1]!); if (k) this.add(this.fixedRow(`gf=${k}`), sc, at); }
          if (i > 0 && cur.cap && prev.cap) { const k = this.pairKind(prev, cur, ws[i - 1]!, ws[i]!); if (k) this.add(this.fixedRow(`gb=${k}`), sc, at); }
          if (hs) { const v = this.hints.vector(hs, hintIds!, i, initial); if (v) this.addVector(v, 0, sc, at); }
          const cased = mode ? casing.get(cur.lower) : undefined;
          if (mode) this.add(this.fixedRow(`tc=${cased?.kind ?? 'none'}`), sc, at);
          if (cur.cap) { const v = this.forms.vector(ws[i]!, cur, initial, mode ? cased : undefined, midCaps, lowerSeen, evidence, firstPass); if (v) this.addVector(v, 0, sc, at); }
        }
        if (this.structured) { this.trans[i] = records.transitions(cur); continue; }
        // label history: "y-1=…" and "y-2=…|…" from the table, then the previous label with the word and with its shape
        const o = (prevY2 * N + prevY) * N;
        for (let y = 0; y < N; y++) scores[y]! += h[o + y]!;
        this.add(cur.history[prevY]!, scores);
        this.add(s.history[prevY]!, scores);
        const ok = TRANSITIONS[i === n - 1 ? 1 : 0]![prevY]!;
        let best = -1;
        for (let y = 0; y < N; y++) if (ok[y] && (best < 0 || scores[y]! > scores[best]!)) best = y;
        out[i] = best;
        prevY2 = prevY; prevY = best;
      }
      // Viterbi over the static scores gathered in `emit` and each token's label-feature matrix
      if (this.structured) viterbiMatrices(n, this.emit, this.trans, out, far);
      return out;
    });
  }
}
