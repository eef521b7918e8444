// The decoder's fast path. features.ts names every feature as a string (the trainer's form); building and
// hashing ~30 such strings per token was most of the analysis time. Here each distinct word and shape gets one
// record, made on first sight, holding the weight rows of every template that reads it ("l-1=…", "init=…",
// "y-1=O|…"), and the templates that read two or three tokens ("b-1=…|…", "ss=…|…|…") are memoised under
// integer keys built from interned ids. The rows are added in exactly the order of contextFeatures and
// historyFeatures, so the scores, and the labels, are the same as the string path's (test/entities/ner-scorer.test.ts).
import { type Casing, documentForms, gazOf, mostlyCapitalised, type DocumentForms, isCap, lexical, OPENERS, placeKind, shape, wordFeatureParts, type Clusters } from './features.js';
import { LABELS, N_LABELS, TRANSITIONS } from './labels.js';
import { FeatureRows, NO_ROWS } from './feature-rows.js';
import { transitionMatrix, viterbiMatrices } from './viterbi.js';

/** Ids of words (and hints) below K, and of shapes below S, form memo keys that stay small integers. */
const K = 1 << 15, S = 1 << 10;
/** Triples of shape ids below DENSE have their "ss=" rows in an array (the first shapes seen are the common ones). */
const DENSE = 48;
const MAX_WORDS = 200_000;

interface ShapeInfo { sid: number; text: string; byMode: Int32Array; asPrev: number; asNext: number; init: number; history: Int32Array; trans: Float32Array | null }

interface WordInfo {
  /** summed weights of the word's own features, and with its shape's "s=…|" row of a sentence in ordinary case */
  scores: Float32Array; plain: Float32Array;
  lower: string; wid: number; rid: number; shape: ShapeInfo;
  cap: boolean; letter: boolean; allUpper: boolean; lowerInitial: boolean; opener: boolean;
  gaz: string | null;
  /** summed rows of the templates that read this word from the previous / next position ("l-1=", "lx-1=", "g-1=", "c-1=", "s-1="…; null: none) */
  asPrev: Float32Array | null; asNext: Float32Array | null;
  /** rows of the templates that read it from two positions away, and at the start of a clause */
  asPrev2: number; asNext2: number; init: number;
  gazHere: [number, number];
  /** "y-1=LABEL|lower" for each previous label */
  history: Int32Array;
  /** the label-feature scores of the word for every label pair (Viterbi; transitionMatrix), made on first use */
  trans: Float32Array | null;
  /** memo of the word-pair rows with this word on the left, by right word (pairRow) */
  asLeft: Map<number, number> | null;
  /** whether the word is a left or right part of some "b-1=…|…" and "b+1=…|…" feature */
  pairs: { prevLeft: boolean; prevRight: boolean; nextLeft: boolean; nextRight: boolean };
}

const MODES = ['', 'AC', 'TC'] as const;

export class FeatureScorer {
  private words = new Map<string, WordInfo>();
  private wordIds = new Map<string, number>();
  private shapes = new Map<string, ShapeInfo>();
  private shapeOf = new Map<string, string>();
  /** memos of the templates over two or three interned parts, by template */
  private memos = { ss: new Map<number, number>() };
  /** "ss=…" rows of the triples of the first DENSE shapes seen (the common ones), -2 until looked up */
  private ssDense = new Int32Array(DENSE * DENSE * DENSE).fill(-2);
  private pairKinds = new Map<number, string | null>();
  /** summed hint rows by hint-id triple and clause start (hintVector) */
  private hintVectors = new Map<number, Float32Array | null>();
  /** the document's summed rows of a capitalised form (formVector), by record and position kind; per document */
  private formVectors = new Map<number, Float32Array | null>();
  private fixed = new Map<string, number>();
  private nextRid = 0;
  private constants: Record<'midcap' | 'midcapInitial' | 'midcapInside' | 'lowseen' | 'lowseenInitial' | 'lowseenInside', number> | null = null;
  private padding: [WordInfo, WordInfo] | null = null;
  private historyTable: Float32Array;

  private rows: FeatureRows;

  /** per token of the sentence being decoded by Viterbi: its static scores, and its word's and shape's "y-1=…|x" rows */
  private emit = new Float32Array(256 * N_LABELS);
  private trans: Float32Array[] = [];

  /** `structured`: decode whole sentences by Viterbi (a model trained as a structured perceptron) instead of greedily. */
  constructor(index: Map<string, number>, private weights: Float32Array, private clusters: Clusters | null, private structured = false) {
    this.rows = new FeatureRows(index);
    this.historyTable = new Float32Array(N_LABELS * N_LABELS * N_LABELS);
    for (let p2 = 0; p2 < N_LABELS; p2++) for (let p = 0; p < N_LABELS; p++) {
      const o = (p2 * N_LABELS + p) * N_LABELS;
      this.add(this.row(`y-1=${LABELS[p]}`), this.historyTable, o);
      this.add(this.row(`y-2=${LABELS[p2]}|${LABELS[p]}`), this.historyTable, o);
    }
  }

  private row(f: string): number { return this.rows.row(f); }
  private rowOf(template: string, value: string): number { return this.rows.rowOf(template, value); }

  /** Adds weight row `r` (none when -1) to scores[at … at + N_LABELS). */
  private add(r: number, scores: Float32Array, at = 0): void {
    if (r < 0) return;
    const w = this.weights, o = r * N_LABELS;
    for (let y = 0; y < N_LABELS; y++) scores[at + y]! += w[o + y]!;
  }

  /** The sum of weight rows (-1: none) as one vector, or null when none is a feature. */
  private sum(rows: number[]): Float32Array | null {
    if (rows.every((r) => r < 0)) return null;
    const v = new Float32Array(N_LABELS);
    for (const r of rows) this.add(r, v);
    return v;
  }

  /** Adds vector `v` (none when null) to scores[0 … N_LABELS). */
  private addVector(v: Float32Array | null, scores: Float32Array): void {
    if (v) for (let y = 0; y < N_LABELS; y++) scores[y]! += v[y]!;
  }

  /** The row of a constant feature string (memoised: "mode=AC", "midcap|true", "gf=city"). */
  private fixedRow(f: string): number {
    let r = this.fixed.get(f);
    if (r === undefined) { r = this.row(f); this.fixed.set(f, r); }
    return r;
  }

  /** The row of "prefix a|b|c" (b and c optional), memoised in `m` under `key` when the ids fit. */
  private memoRow(m: Map<number, number>, key: number, fits: boolean, prefix: string, a: string, b?: string, c?: string): number {
    let r = fits ? m.get(key) : undefined;
    if (r === undefined) {
      r = this.row(prefix + a + (b === undefined ? '' : `|${b}`) + (c === undefined ? '' : `|${c}`));
      if (fits) m.set(key, r);
    }
    return r;
  }

  /** The row of "ss=a|b|c". */
  private shapeTriple(a: ShapeInfo, b: ShapeInfo, c: ShapeInfo): number {
    if (a.sid >= DENSE || b.sid >= DENSE || c.sid >= DENSE) return this.memoRow(this.memos.ss, (a.sid * S + b.sid) * S + c.sid, a.sid < S && b.sid < S && c.sid < S, 'ss=', a.text, b.text, c.text);
    const k = (a.sid * DENSE + b.sid) * DENSE + c.sid;
    let r = this.ssDense[k]!;
    if (r === -2) this.ssDense[k] = r = this.row(`ss=${a.text}|${b.text}|${c.text}`);
    return r;
  }

  /** The row of a word-pair feature ("b-1=left|right", "b+1=…"), memoised with the left word by template and right word. */
  private pairRow(m: Map<number, number>, template: 'b-1=' | 'b+1=', left: WordInfo, right: WordInfo): number {
    const key = right.wid * 2 + (template === 'b-1=' ? 0 : 1);
    let r = m.get(key);
    if (r === undefined) { r = this.row(`${template}${left.lower}|${right.lower}`); m.set(key, r); }
    return r;
  }

  private side(template: string, side: 0 | 1, part: string): boolean { return this.rows.side(template, side, part); }

  private wordId(s: string): number {
    let id = this.wordIds.get(s);
    if (id === undefined) { id = this.wordIds.size; this.wordIds.set(s, id); }
    return id;
  }

  private shapeInfo(s: string): ShapeInfo {
    let info = this.shapes.get(s);
    if (!info) {
      info = {
        sid: this.shapes.size, text: s, byMode: Int32Array.from(MODES, (m) => this.row(`s=${s}|${m}`)),
        asPrev: this.row(`s-1=${s}`), asNext: this.row(`s+1=${s}`), init: this.row(`init|${s}`),
        history: this.rows.history(s), trans: null,
      };
      this.shapes.set(s, info);
    }
    return info;
  }

  /** The record of a word form; `sentinel` makes the "<s>" / "</s>" padding, which has no word features. */
  private word(w: string, sentinel = false): WordInfo {
    let info = sentinel ? undefined : this.words.get(w);
    if (info) return info;
    const lower = w.toLowerCase();
    let sh = sentinel ? w : this.shapeOf.get(w);
    if (sh === undefined) { sh = shape(w); this.shapeOf.set(w, sh); }
    const scores = new Float32Array(N_LABELS);
    if (!sentinel) for (const [t, v] of wordFeatureParts(w, this.clusters)) this.add(this.rowOf(t, v), scores);
    const lex = sentinel ? [] : lexical(w, lower);
    const gaz = sentinel ? null : gazOf(w);
    const cluster = this.clusters?.get(lower);
    const shapeInfo = this.shapeInfo(sh);
    const plain = Float32Array.from(scores);
    this.add(shapeInfo.byMode[0]!, plain);
    const c8 = cluster?.slice(0, 8);
    info = {
      scores, plain, lower, wid: this.wordId(lower), rid: this.nextRid++, shape: shapeInfo,
      cap: isCap(w), letter: /^\p{L}/u.test(w), allUpper: w === w.toUpperCase(), lowerInitial: /^\p{Ll}/u.test(w), opener: OPENERS.test(w),
      gaz,
      asPrev: this.sum([this.rowOf('l-1=', lower), shapeInfo.asPrev, ...lex.map((x) => this.rowOf('lx-1=', x)), gaz ? this.rowOf('g-1=', gaz) : -1, c8 ? this.rowOf('c-1=', c8) : -1]),
      asNext: this.sum([this.rowOf('l+1=', lower), shapeInfo.asNext, ...lex.map((x) => this.rowOf('lx+1=', x)), gaz ? this.rowOf('g+1=', gaz) : -1, c8 ? this.rowOf('c+1=', c8) : -1]),
      asPrev2: this.rowOf('l-2=', lower), asNext2: this.rowOf('l+2=', lower),
      init: this.rowOf('init=', lower),
      gazHere: gaz ? [this.row(`g=${gaz}|false`), this.row(`g=${gaz}|true`)] : [-1, -1],
      history: this.rows.history(lower), trans: null, asLeft: null,
      pairs: { prevLeft: this.side('b-1', 0, lower), prevRight: this.side('b-1', 1, lower), nextLeft: this.side('b+1', 0, lower), nextRight: this.side('b+1', 1, lower) },
    };
    if (!sentinel) this.words.set(w, info);
    return info;
  }

  /** Gazetteer kind of two capitalised words read as one name ("New York"), memoised per pair. */
  private pairKind(a: WordInfo, b: WordInfo, aw: string, bw: string): string | null {
    if (a.rid >= K || b.rid >= K) return placeKind(`${aw} ${bw}`);
    const key = a.rid * K + b.rid;
    let k = this.pairKinds.get(key);
    if (k === undefined) { k = placeKind(`${aw} ${bw}`); this.pairKinds.set(key, k); }
    return k;
  }

  /** Memory stays bounded: the memos start again when a document begins and they have grown large. */
  private trim(): void {
    if (this.words.size < MAX_WORDS && this.wordIds.size < K - 4096 && this.shapes.size < S - 128) return;
    this.words.clear(); this.wordIds.clear(); this.shapes.clear(); this.shapeOf.clear(); for (const m of Object.values(this.memos)) m.clear(); this.ssDense.fill(-2); this.pairKinds.clear(); this.hintVectors.clear(); this.nextRid = 0; this.padding = null;
  }


  /**
   * BILOU label indices for each sentence of a document, well-formed sequences (greedy, or Viterbi when structured);
   * `firstPass`: a first tagger's evidence about word forms (first-pass.ts), for a second-pass model; `forms`: the
   * document's word forms, when the caller read them already (the first pass of a two-pass model).
   */
  tag(sentences: string[][], hints: string[][] | null, firstPass: Map<string, string[]> | null = null, forms: DocumentForms = documentForms(sentences)): Uint8Array[] {
    this.trim();
    this.formVectors.clear();
    const [START, END] = this.padding ??= [this.word('<s>', true), this.word('</s>', true)];
    const docs = sentences.map((ws) => ws.map((w) => this.word(w)));
    // what the document says about word forms (docContext in features.ts, from the records)
    const midCaps = new Set<string>(), lowerSeen = new Set<string>();
    sentences.forEach((ws, si) => ws.forEach((w, i) => {
      const info = docs[si]![i]!;
      if (info.cap) { if (i > 0 && !docs[si]![i - 1]!.opener) midCaps.add(w); } else if (info.lowerInitial) lowerSeen.add(w);
    }));
    const { evidence, casing } = forms;
    const scores = new Float32Array(N_LABELS);
    const h = this.historyTable, memos = this.memos;
    this.constants ??= {
      midcap: this.row('midcap'), midcapInitial: this.row('midcap|true'), midcapInside: this.row('midcap|false'),
      lowseen: this.row('lowseen'), lowseenInitial: this.row('lowseen|true'), lowseenInside: this.row('lowseen|false'),
    };
    return sentences.map((ws, si) => {
      const toks = docs[si]!, n = ws.length, hs = hints?.[si] ?? null;
      if (this.structured && this.emit.length < n * N_LABELS) this.emit = new Float32Array(n * N_LABELS * 2);
      let letters = 0, caps = 0, upper = true;
      for (const t of toks) if (t.letter) { letters++; if (t.cap) caps++; if (!t.allUpper) upper = false; }
      const mode = mostlyCapitalised(letters, caps) ? (upper ? 1 : 2) : 0;
      const modeRow = mode ? this.fixedRow(`mode=${MODES[mode]}`) : -1;
      const hintIds = hs ? this.hintIds(hs, n) : null;
      const out = new Uint8Array(n);
      let prevY = 0, prevY2 = 0;
      for (let i = 0; i < n; i++) {
        const cur = toks[i]!, prev = i > 0 ? toks[i - 1]! : START, next = i + 1 < n ? toks[i + 1]! : END;
        const prev2 = i > 1 ? toks[i - 2]! : START, next2 = i + 2 < n ? toks[i + 2]! : END;
        const initial = i === 0 || prev.opener;
        const ps = prev.shape, s = cur.shape, ns = next.shape;
        // the rows of contextFeatures, a neighbour's several rows summed once per word (asPrev, asNext)
        if (mode) { scores.set(cur.scores); this.add(s.byMode[mode]!, scores); } else scores.set(cur.plain);
        this.addVector(prev.asPrev, scores); this.addVector(next.asNext, scores);
        this.add(prev2.asPrev2, scores); this.add(next2.asNext2, scores);
        this.add(this.shapeTriple(ps, s, ns), scores);
        if (prev.pairs.prevLeft && cur.pairs.prevRight) this.add(this.pairRow(prev.asLeft ??= new Map(), 'b-1=', prev, cur), scores);
        if (cur.pairs.nextLeft && next.pairs.nextRight) this.add(this.pairRow(cur.asLeft ??= new Map(), 'b+1=', cur, next), scores);
        if (initial) { this.add(s.init, scores); this.add(cur.init, scores); }
        if (mode) this.add(modeRow, scores);
        if (cur.gaz) this.add(cur.gazHere[initial ? 1 : 0], scores);
        if (i + 1 < n && cur.cap && next.cap) { const k = this.pairKind(cur, next, ws[i]!, ws[i + 1]!); if (k) this.add(this.fixedRow(`gf=${k}`), scores); }
        if (i > 0 && cur.cap && prev.cap) { const k = this.pairKind(prev, cur, ws[i - 1]!, ws[i]!); if (k) this.add(this.fixedRow(`gb=${k}`), scores); }
        if (hs) this.addVector(this.hintVector(hs, hintIds!, i, initial), scores);
        const cased = mode ? casing.get(cur.lower) : undefined;
        if (mode) this.add(this.fixedRow(`tc=${cased?.kind ?? 'none'}`), scores);
        if (cur.cap) this.addVector(this.formVector(ws[i]!, cur, initial, mode ? cased : undefined, midCaps, lowerSeen, evidence, firstPass), scores);
        if (this.structured) { this.emit.set(scores, i * N_LABELS); this.trans[i] = this.transitions(cur); continue; }
        // label history: "y-1=…" and "y-2=…|…" from the table, then the previous label with the word and with its shape
        const o = (prevY2 * N_LABELS + prevY) * N_LABELS;
        for (let y = 0; y < N_LABELS; y++) scores[y]! += h[o + y]!;
        this.add(cur.history[prevY]!, scores);
        this.add(s.history[prevY]!, scores);
        const ok = TRANSITIONS[i === n - 1 ? 1 : 0]![prevY]!;
        let best = -1;
        for (let y = 0; y < N_LABELS; y++) if (ok[y] && (best < 0 || scores[y]! > scores[best]!)) best = y;
        out[i] = best;
        prevY2 = prevY; prevY = best;
      }
      // Viterbi over the static scores gathered in `emit`; the label features are the first-order ones of historyTable
      if (this.structured) viterbiMatrices(n, this.emit, this.trans, out);
      return out;
    });
  }

  /** A token's label-feature scores (viterbiMatrices): per word when the word has label features, else per shape. */
  private transitions(w: WordInfo): Float32Array {
    if (w.history === NO_ROWS) return w.shape.trans ??= transitionMatrix(this.historyTable, NO_ROWS, w.shape.history, this.weights);
    return w.trans ??= transitionMatrix(this.historyTable, w.history, w.shape.history, this.weights);
  }

  /** Word-vocabulary ids of the hints of tokens -1 … n ("-" for none), at 0 … n + 1. */
  private hintIds(hs: string[], n: number): Int32Array {
    const ids = new Int32Array(n + 2);
    for (let k = -1; k <= n; k++) ids[k + 1] = this.wordId(hs[k] || '-');
    return ids;
  }

  /** The rule recogniser's verdicts on the token and its neighbours ("B-person-3", "drop", "-"): four rows, summed once per triple. */
  private hintVector(hs: string[], ids: Int32Array, i: number, initial: boolean): Float32Array | null {
    const a = ids[i]!, b = ids[i + 1]!, c = ids[i + 2]!;
    const fits = a < K && b < K && c < K, key = ((a * K + b) * K + c) * 2 + (initial ? 1 : 0);
    let v = fits ? this.hintVectors.get(key) : undefined;
    if (v === undefined) {
      const hp = hs[i - 1] || '-', hc = hs[i] || '-', hn = hs[i + 1] || '-';
      v = this.sum([this.row(`r=${hc}`), this.row(`r=${hc}|${initial}`), this.row(`r-1=${hp}|${hc}`), this.row(`r+1=${hc}|${hn}`)]);
      if (fits) this.hintVectors.set(key, v);
    }
    return v;
  }

  /**
   * What the document says about a capitalised word form (midcap, lowseen, its evidence and first-pass labels), summed
   * once per form and position kind in a document; `cased`: how the body writes the word, in a headline.
   */
  private formVector(w: string, cur: WordInfo, initial: boolean, cased: Casing | undefined, midCaps: Set<string>, lowerSeen: Set<string>,
    evidence: Map<string, string[]>, firstPass: Map<string, string[]> | null): Float32Array | null {
    const key = cur.rid * 4 + (initial ? 2 : 0) + (cased ? 1 : 0);
    let v = cased ? undefined : this.formVectors.get(key);
    if (v !== undefined) return v;
    const rows: number[] = [], f = this.constants!;
    if (midCaps.has(w)) rows.push(f.midcap, initial ? f.midcapInitial : f.midcapInside);
    if (lowerSeen.has(cur.lower)) rows.push(f.lowseen, initial ? f.lowseenInitial : f.lowseenInside);
    const form = cased && cased.kind !== 'low' ? cased.form : w;
    for (const x of evidence.get(form) ?? []) rows.push(this.fixedRow(x));
    for (const x of firstPass?.get(form) ?? []) rows.push(this.fixedRow(x));
    v = this.sum(rows);
    if (!cased) this.formVectors.set(key, v);
    return v;
  }
}
