// The model's feature index read the ways the decoder (scorer.ts) looks features up: by template and value, the
// rows a lower-case word has under the templates that read it (one look-up per new word), and the label-history rows
// of a word or shape for all labels at once.
import { LABELS, N_LABELS } from './labels.js';

export const NO_ROWS = new Int32Array(N_LABELS).fill(-1);

/** The templates whose value is a lower-case word, in the order of their slots in a LowerRows record. */
export const LOWER_TEMPLATES = ['l=', 'l-1=', 'l+1=', 'l-2=', 'l+2=', 'init='] as const;
const LOWER_SLOT = new Map<string, number>(LOWER_TEMPLATES.map((t, i) => [t, i]));
/** Slot of the pair-side bits: the word is a left / right part of a "b-1=…|…" (1, 2) or "b+1=…|…" (4, 8) feature. */
export const PAIR_SLOT = LOWER_TEMPLATES.length;
export const PAIR_BITS = { prevLeft: 1, prevRight: 2, nextLeft: 4, nextRight: 8 } as const;
/** Slot of the word's number among the lower-case words of the index (-1: none): the word pairs are read by it. */
export const ID_SLOT = PAIR_SLOT + 1;
const NO_LOWER = Int32Array.from([...LOWER_TEMPLATES.map(() => -1), 0, -1]);
/** Templates the decoder never reads by value (it builds their strings, or reads them per word above). */
const WHOLE = new Set(['b-1=', 'b+1=', 'y-1=', 'y-2=', 'ss=', 'r-1=', 'r+1=']);

const isFeatureList = (x: ReadonlyMap<string, number> | readonly string[]): x is readonly string[] => Array.isArray(x);

export class FeatureRows {
  /**
   * The rows of the features "template=value" by template, then value: a new word's look-ups hash its strings (the
   * word, its affixes) once each instead of building and hashing new strings.
   */
  private byTemplate = new Map<string, Map<string, number>>();
  /** per lower-case word: its rows under LOWER_TEMPLATES and its pair-side bits (see PAIR_SLOT) */
  private byLower = new Map<string, Int32Array>();
  /** "y-1=LABEL|x" rows by x (a lower-case word or a shape: the template is shared), all labels at once */
  private histories = new Map<string, Int32Array>();
  /**
   * the word-pair features ("b-1=left|right", "b+1=left|right") by template, the left and the right word's numbers
   * (ID_SLOT): their rows, in one open-addressing table read per scored token (a map per left word cost a hash look-up)
   */
  readonly pairRows: PairTable;
  /**
   * the rows of the other features: those without "=" and those of the WHOLE templates, but for the "y-1=LABEL|x" and
   * word-pair ones, which row() finds in `histories` and `pairRows` (20k strings a map need not hold)
   */
  private rest = new Map<string, number>();

  /**
   * `features`: the model's feature index, or its feature strings by row (a model read from its file: no map of all
   * its features is built, only these tables, which answer row() for every feature as the index would).
   */
  constructor(features: ReadonlyMap<string, number> | readonly string[]) {
    /** template, left word's number, right word's number, row: four numbers per word-pair reading */
    const pairs: number[] = [];
    const lowerOf = (w: string) => {
      let rec = this.byLower.get(w);
      if (!rec) { this.byLower.set(w, (rec = NO_LOWER.slice())); rec[ID_SLOT] = this.byLower.size - 1; }
      return rec;
    };
    const read = (f: string, r: number) => {
      const eq = f.indexOf('=');
      if (eq < 0) { this.rest.set(f, r); return; }
      const t = f.slice(0, eq + 1), slot = LOWER_SLOT.get(t);
      if (slot !== undefined) { lowerOf(f.slice(eq + 1))[slot] = r; return; }
      if (!WHOLE.has(t)) {
        let m = this.byTemplate.get(t);
        if (!m) this.byTemplate.set(t, (m = new Map()));
        m.set(f.slice(eq + 1), r);
        return;
      }
      const bar = f.indexOf('|');
      const y = t === 'y-1=' && bar > 0 ? LABELS.indexOf(f.slice(4, bar)) : -1;
      if (y >= 0) {
        const x = f.slice(bar + 1);
        let rows = this.histories.get(x);
        if (!rows) this.histories.set(x, (rows = new Int32Array(N_LABELS).fill(-1)));
        rows[y] = r;
      } else if ((t === 'b-1=' || t === 'b+1=') && f.indexOf('|', 4) >= 0) {
        const [left, rightBit] = t === 'b-1=' ? [PAIR_BITS.prevLeft, PAIR_BITS.prevRight] : [PAIR_BITS.nextLeft, PAIR_BITS.nextRight];
        // a word may itself be "|": every split is a reading that builds this feature string
        for (let at = f.indexOf('|', 4); at >= 0; at = f.indexOf('|', at + 1)) {
          const b = lowerOf(f.slice(at + 1)), a = lowerOf(f.slice(4, at));
          a[PAIR_SLOT]! |= left; b[PAIR_SLOT]! |= rightBit;
          pairs.push(t === 'b-1=' ? PREV_PAIR : NEXT_PAIR, a[ID_SLOT]!, b[ID_SLOT]!, r);
        }
      } else this.rest.set(f, r);
    };
    if (isFeatureList(features)) for (let r = 0; r < features.length; r++) read(features[r]!, r);
    else for (const [f, r] of features) read(f, r);
    this.pairRows = new PairTable(pairs);
  }

  /** The row of a feature string, or -1: read from the table the constructor put it in. */
  row(f: string): number {
    const eq = f.indexOf('=');
    if (eq >= 0) {
      const t = f.slice(0, eq + 1), slot = LOWER_SLOT.get(t);
      if (slot !== undefined) return this.lower(f.slice(eq + 1))[slot]!;
      if (!WHOLE.has(t)) return this.byTemplate.get(t)?.get(f.slice(eq + 1)) ?? -1;
      const bar = f.indexOf('|');
      const y = t === 'y-1=' && bar > 0 ? LABELS.indexOf(f.slice(4, bar)) : -1;
      if (y >= 0) return this.history(f.slice(bar + 1))[y]!;
      if ((t === 'b-1=' || t === 'b+1=') && bar > 0) {
        // the feature's first reading (any reading of it names its row: no other string builds the same key)
        const left = this.lower(f.slice(4, bar))[ID_SLOT]!, right = this.lower(f.slice(bar + 1))[ID_SLOT]!;
        return this.pairRows.get(t === 'b-1=' ? PREV_PAIR : NEXT_PAIR, left, right);
      }
    }
    return this.rest.get(f) ?? -1;
  }

  /** row(template + value) for a template whose only "=" ends it (see byTemplate); other templates go through row(). */
  rowOf(template: string, value: string): number {
    const slot = LOWER_SLOT.get(template);
    if (slot !== undefined) return this.lower(value)[slot]!;
    if (!template.endsWith('=') || WHOLE.has(template)) return this.row(template + value);
    return this.byTemplate.get(template)?.get(value) ?? -1;
  }

  /**
   * The value → row table of a template rowOf reads by value (an empty one when the model has no feature of it): a
   * caller reading one template for many words (word-records.ts) looks its values up there without rowOf's dispatch.
   */
  table(template: string): ReadonlyMap<string, number> {
    if (LOWER_SLOT.has(template) || !template.endsWith('=') || WHOLE.has(template)) throw new Error(`FeatureRows: "${template}" is not read by value`);
    return this.byTemplate.get(template) ?? new Map();
  }

  /** The rows of a lower-case word under LOWER_TEMPLATES, then its pair-side bits (do not modify). */
  lower(w: string): Int32Array { return this.byLower.get(w) ?? NO_LOWER; }


  /** "y-1=LABEL|x" rows of x by label (-1 where the model has none). */
  history(x: string): Int32Array { return this.histories.get(x) ?? NO_ROWS; }
}

/** PairTable's templates: "b-1=" (the previous word and this one), "b+1=" (this word and the next). */
export const PREV_PAIR = 0, NEXT_PAIR = 1;

/**
 * Rows keyed by (template, left word number, right word number), by open addressing with linear probing in typed
 * arrays; a later reading of the same key replaces the earlier (as Map.set did).
 */
export class PairTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;

  /** `entries`: template, left, right, row, four numbers per entry (numbers ≥ 0) */
  constructor(entries: number[]) {
    let size = 16;
    while (size < entries.length / 2) size *= 2; // at most half full
    this.mask = size - 1;
    this.keys = new Int32Array(2 * size).fill(-1);
    this.rows = new Int32Array(size);
    for (let e = 0; e < entries.length; e += 4) {
      const a = 2 * entries[e + 1]! + entries[e]!, b = entries[e + 2]!;
      let at = PairTable.slot(a, b) & this.mask;
      while (this.keys[2 * at] !== -1 && (this.keys[2 * at] !== a || this.keys[2 * at + 1] !== b)) at = (at + 1) & this.mask;
      this.keys[2 * at] = a; this.keys[2 * at + 1] = b; this.rows[at] = entries[e + 3]!;
    }
  }

  private static slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    return h ^ (h >>> 13);
  }

  /** The row of the pair (-1: none; a word number -1, a word the index has no feature of, has none). */
  get(template: number, left: number, right: number): number {
    if (left < 0 || right < 0) return -1;
    const a = 2 * left + template, keys = this.keys, mask = this.mask;
    for (let at = PairTable.slot(a, right) & mask; ; at = (at + 1) & mask) {
      const k = keys[2 * at]!;
      if (k === a && keys[2 * at + 1] === right) return this.rows[at]!;
      if (k === -1) return -1;
    }
  }
}
