// One record per distinct word form and shape seen by the decoder (scorer.ts), made on first sight: the weight rows
// of every template that reads the word, the rows it contributes from a neighbouring position summed into one vector,
// and the word's label-feature matrix for Viterbi, made on first use.
import { gazOf, isCap, lexical, OPENERS, shape, type Clusters } from './features.js';
import { N_LABELS } from './labels.js';
import { FeatureRows, ID_SLOT, NO_ROWS, PAIR_SLOT } from './feature-rows.js';
import { MATRIX_CELLS, transitionMatrix } from './viterbi.js';

const N = N_LABELS;
/**
 * A record's vectors, each N_LABELS long, at these offsets of its `vec` (one allocation per word): what the decoder
 * reads of a word lies together, where a weight row would be a read from anywhere in the model's table.
 */
export const OWN = 0, PLAIN = N, AS_PREV = 2 * N, AS_NEXT = 3 * N, AS_PREV2 = 4 * N, AS_NEXT2 = 5 * N, INIT = 6 * N;
const VECTORS = 7;
export const MODES = ['', 'AC', 'TC'] as const;
const ANCHOR = /[\p{Lu}\p{N}]/u;

export interface ShapeInfo { sid: number; text: string; byMode: Int32Array; asPrev: number; asNext: number; init: number; history: Int32Array; trans: Float32Array | null }

/** floats per block of records' vectors (256 kB) */
const SLAB = 1 << 16;
/** a record's vectors before complete() */
const NO_VECTORS = new Float32Array(0);
/** a record's shape before complete(); shared by every light record, so frozen: a write to it would reach them all */
/** The row of `value` in a template's table (FeatureRows.table), or -1. */
const row = (table: ReadonlyMap<string, number>, value: string) => table.get(value) ?? -1;
/** a record's gazetteer rows without a gazetteer kind; shared, so frozen */
const NO_GAZ = Object.freeze([-1, -1]) as unknown as [number, number];
const PENDING_SHAPE: ShapeInfo = Object.freeze({ sid: -1, text: '', byMode: Int32Array.of(-1, -1, -1), asPrev: -1, asNext: -1, init: -1, history: NO_ROWS, trans: null });

export interface WordInfo {
  /** the word form; the "<s>" / "</s>" padding; whether the vectors and rows below are made (complete) or not yet (light: the flags only) */
  form: string; sentinel: boolean; full: boolean;
  /**
   * OWN: the summed weights of the word's own features; PLAIN: the same with its shape's "s=…|" row in a sentence in
   * ordinary case; AS_PREV / AS_NEXT: the rows of the templates that read the word from the previous / next position
   * ("l-1=", "lx-1=", "g-1=", "c-1=", "s-1=", …), summed (hasPrev / hasNext: some row is a feature); AS_PREV2,
   * AS_NEXT2, INIT: copies of the rows asPrev2, asNext2 and init (when not -1)
   */
  vec: Float32Array; hasPrev: boolean; hasNext: boolean;
  lower: string; rid: number; shape: ShapeInfo;
  cap: boolean; letter: boolean; allUpper: boolean; lowerInitial: boolean; opener: boolean;
  /** the word's lexicon kinds (features.ts lexical) */
  lex: string[];
  /** a capital letter or a digit somewhere in the word ("Smith", "iPhone", "al-Assad", "3M"): names lie near such words (scorer.ts farTokens) */
  anchor: boolean;
  gaz: string | null;
  /** rows of the templates that read it from two positions away ("l-2=", "l+2="), and at the start of a clause */
  asPrev2: number; asNext2: number; init: number;
  gazHere: [number, number];
  /** "y-1=LABEL|lower" for each previous label */
  history: Int32Array;
  /** the label-feature scores of the word for every label pair (Viterbi; transitionMatrix), made on first use */
  trans: Float32Array | null;
  /** the lower-case word's number in the model's index (FeatureRows ID_SLOT; -1: the index has no feature of it) */
  lid: number;
  /** the record of the same word form in another model's records `twinStore` (a two-pass tagger's second pass), valid while `twinOf` is that store's generation */
  twin: WordInfo | null; twinStore: WordRecords | null; twinOf: number;
  /** the gazetteer kinds of this word and a right word read as one name, by the right word's rid (scorer.ts pairKind) */
  pairKinds: Map<number, string | null> | null;
  /** whether the word is a left or right part of some "b-1=…|…" and "b+1=…|…" feature (PAIR_BITS) */
  pairs: number;
}

/**
 * The tables of the templates a new word's record reads by value (FeatureRows.table): its own features (addOwnRows)
 * and those read from a neighbouring position (addSide); `bias`: the row of "b".
 */
function templateTables(rows: FeatureRows) {
  const t = (template: string) => rows.table(template);
  return {
    bias: rows.row('b'), w: t('w='), s: t('s='), p1: t('p1='), p2: t('p2='), p3: t('p3='), x1: t('x1='), x2: t('x2='), x3: t('x3='), x4: t('x4='),
    lx: t('lx='), g: t('g='), c4: t('c4='), c8: t('c8='), c12: t('c12='), c: t('c='),
    lxPrev: t('lx-1='), gPrev: t('g-1='), cPrev: t('c-1='), lxNext: t('lx+1='), gNext: t('g+1='), cNext: t('c+1='),
  };
}
type TemplateTables = ReturnType<typeof templateTables>;

export class WordRecords {
  private words = new Map<string, WordInfo>();
  private shapes = new Map<string, ShapeInfo>();
  private nextRid = 0;
  /** the tables of the templates a new word's record reads by value, looked up once (templateTables) */
  private tables: TemplateTables;
  /** counts the clear() calls: a twin recorded under an older generation is stale */
  generation = 0;

  /** `structured`: the decoder runs Viterbi, which reads a label-feature matrix per word (transitions). */
  constructor(readonly rows: FeatureRows, private weights: Float32Array, private clusters: Clusters | null, private historyTable: Float32Array,
    private structured = false) { this.tables = templateTables(rows); }

  get size(): number { return this.words.size; }
  get shapeCount(): number { return this.shapes.size; }

  clear(): void { this.words.clear(); this.shapes.clear(); this.nextRid = 0; this.generation++; this.slab = NO_VECTORS; }

  /**
   * The records' vectors are views of large blocks (SLAB floats): a Float32Array of its own per word (over 64 bytes,
   * so outside V8's heap) cost more than the word's look-ups, and the views lie next to each other.
   */
  private slab = NO_VECTORS;
  private slabAt = 0;
  private vectors(n: number): Float32Array {
    if (this.slabAt + n > this.slab.length) { this.slab = new Float32Array(Math.max(SLAB, n)); this.slabAt = 0; }
    return this.slab.subarray(this.slabAt, (this.slabAt += n));
  }

  /** Adds weight row `r` (none when -1) to v[at … at + N). */
  add(r: number, v: Float32Array, at = 0): void {
    if (r < 0) return;
    const w = this.weights, o = r * N;
    for (let y = 0; y < N; y++) v[at + y]! += w[o + y]!;
  }

  /** "g=KIND|false" and "g=KIND|true" rows by gazetteer kind (a handful of kinds) */
  private gazRowsByKind = new Map<string, [number, number]>();

  /**
   * Adds the rows of wordFeatureParts (features.ts) to v[OWN …], in its order (the float32 sums depend on it), read
   * from the templates' tables: that function's pairs and rowOf's dispatch per pair were most of a new word's cost.
   * test/entities/ner-word-rows.test.ts holds the two to the same rows. `lRow`: the word's "l=" row.
   */
  private addOwnRows(w: string, l: string, s: string, lex: readonly string[], g: string | null, c: string | undefined, lRow: number, v: Float32Array): void {
    const t = this.tables;
    this.add(t.bias, v, OWN); this.add(row(t.w, w), v, OWN); this.add(lRow, v, OWN); this.add(row(t.s, s), v, OWN);
    this.add(row(t.p1, l.slice(0, 1)), v, OWN); this.add(row(t.p2, l.slice(0, 2)), v, OWN); this.add(row(t.p3, l.slice(0, 3)), v, OWN);
    this.add(row(t.x1, l.slice(-1)), v, OWN); this.add(row(t.x2, l.slice(-2)), v, OWN); this.add(row(t.x3, l.slice(-3)), v, OWN);
    this.add(row(t.x4, l.slice(-4)), v, OWN);
    for (const x of lex) this.add(row(t.lx, x), v, OWN);
    if (g) this.add(row(t.g, g), v, OWN);
    if (c) {
      this.add(row(t.c4, c.slice(0, 4)), v, OWN); this.add(row(t.c8, c.slice(0, 8)), v, OWN);
      this.add(row(t.c12, c.slice(0, 12)), v, OWN); this.add(row(t.c, c), v, OWN);
    }
  }

  /**
   * Adds to v[at …] the rows a word gives its neighbour, in this order: its "l∓1=" row, its shape's, its lexicon
   * kinds', its gazetteer kind's and its cluster prefix's ("lx-1=…", "g-1=…", "c-1=…" or their "+1" forms); whether
   * any was a feature.
   */
  private addSide(lRow: number, shapeRow: number, lex: readonly string[], lxTable: ReadonlyMap<string, number>, gaz: string | null,
    gTable: ReadonlyMap<string, number>, c8: string | undefined, cTable: ReadonlyMap<string, number>, v: Float32Array, at: number): boolean {
    let any = false;
    const put = (r: number) => { if (r >= 0) { this.add(r, v, at); any = true; } };
    put(lRow); put(shapeRow);
    for (const x of lex) put(row(lxTable, x));
    if (gaz) put(row(gTable, gaz));
    if (c8) put(row(cTable, c8));
    return any;
  }

  private gazRows(gaz: string): [number, number] {
    let r = this.gazRowsByKind.get(gaz);
    if (!r) this.gazRowsByKind.set(gaz, (r = [this.rows.row(`g=${gaz}|false`), this.rows.row(`g=${gaz}|true`)]));
    return r;
  }

  shape(s: string): ShapeInfo {
    let info = this.shapes.get(s);
    if (!info) {
      const row = (f: string) => this.rows.row(f);
      info = {
        sid: this.shapes.size, text: s, byMode: Int32Array.from(MODES, (m) => row(`s=${s}|${m}`)),
        asPrev: row(`s-1=${s}`), asNext: row(`s+1=${s}`), init: row(`init|${s}`), history: this.rows.history(s), trans: null,
      };
      this.shapes.set(s, info);
    }
    return info;
  }

  /** The record of a word form, complete; `sentinel` makes the "<s>" / "</s>" padding, which has no word features. */
  word(w: string, sentinel = false): WordInfo {
    return this.complete(sentinel ? this.make(w, true) : this.light(w));
  }

  /**
   * The record of a word form, its flags at least (what a document's words and the far tokens read: scorer.ts); its
   * vectors and rows come with complete(), for the tokens the decoder scores or reads as neighbours.
   */
  light(w: string): WordInfo {
    let info = this.words.get(w);
    if (!info) this.words.set(w, (info = this.make(w, false)));
    return info;
  }

  private make(w: string, sentinel: boolean): WordInfo {
    const lower = w.toLowerCase();
    return {
      form: w, sentinel, full: false, vec: NO_VECTORS, hasPrev: false, hasNext: false, lower, rid: this.nextRid++, shape: PENDING_SHAPE,
      cap: isCap(w), letter: /^\p{L}/u.test(w), allUpper: w === w.toUpperCase(), lowerInitial: /^\p{Ll}/u.test(w), opener: OPENERS.test(w),
      anchor: !sentinel && ANCHOR.test(w), lex: sentinel ? [] : lexical(w, lower), gaz: null, asPrev2: -1, asNext2: -1, init: -1,
      gazHere: NO_GAZ, history: NO_ROWS, trans: null, pairKinds: null, pairs: 0, lid: -1,
      twin: null, twinStore: null, twinOf: -1,
    };
  }

  /** A record with its vectors and rows (made once per record). */
  complete(info: WordInfo): WordInfo {
    if (info.full) return info;
    const rows = this.rows, { form: w, sentinel, lower, lex } = info;
    // the word's rows under LOWER_TEMPLATES (l=, l-1=, l+1=, l-2=, l+2=, init=), then its pair-side bits
    const sh = sentinel ? w : shape(w), byLower = rows.lower(lower);
    const gaz = sentinel ? null : gazOf(w);
    const cluster = this.clusters?.get(lower), c8 = cluster?.slice(0, 8);
    // a word with label features of its own keeps its matrix after its vectors (transitions): read with them
    const history = rows.history(lower);
    const vec = this.vectors(VECTORS * N + (this.structured && !sentinel && history !== NO_ROWS ? MATRIX_CELLS : 0));
    if (!sentinel) this.addOwnRows(w, lower, sh, lex, gaz, cluster, byLower[0]!, vec);
    const shapeInfo = this.shape(sh);
    vec.copyWithin(PLAIN, OWN, OWN + N);
    this.add(shapeInfo.byMode[0]!, vec, PLAIN);
    this.add(byLower[3]!, vec, AS_PREV2); this.add(byLower[4]!, vec, AS_NEXT2); this.add(byLower[5]!, vec, INIT);
    const t = this.tables;
    info.vec = vec;
    info.hasPrev = this.addSide(byLower[1]!, shapeInfo.asPrev, lex, t.lxPrev, gaz, t.gPrev, c8, t.cPrev, vec, AS_PREV);
    info.hasNext = this.addSide(byLower[2]!, shapeInfo.asNext, lex, t.lxNext, gaz, t.gNext, c8, t.cNext, vec, AS_NEXT);
    info.shape = shapeInfo; info.gaz = gaz;
    info.asPrev2 = byLower[3]!; info.asNext2 = byLower[4]!; info.init = byLower[5]!;
    info.gazHere = gaz ? this.gazRows(gaz) : NO_GAZ;
    info.history = history; info.pairs = byLower[PAIR_SLOT]!;
    info.lid = byLower[ID_SLOT]!;
    info.full = true;
    return info;
  }

  /**
   * The record of word form `w` in these records, found through `other`, the record of the same form in another
   * store (one look-up by string per token serves both passes of a two-pass tagger).
   */
  viaTwin(other: WordInfo, w: string): WordInfo {
    if (other.twinStore === this && other.twinOf === this.generation) return other.twin!;
    other.twinStore = this; other.twinOf = this.generation;
    return (other.twin = this.word(w));
  }

  /** A token's label-feature scores (viterbiMatrices): per word when the word has label features, else per shape. */
  transitions(w: WordInfo): Float32Array {
    if (!w.full) throw new Error(`ner: transitions of a light record ("${w.form}"): complete() it first`);
    if (w.history === NO_ROWS) return w.shape.trans ??= transitionMatrix(this.historyTable, NO_ROWS, w.shape.history, this.weights);
    return w.trans ??= transitionMatrix(this.historyTable, w.history, w.shape.history, this.weights,
      w.vec.length > VECTORS * N ? w.vec.subarray(VECTORS * N) : undefined);
  }
}
