// The model's feature index read the ways the decoder (scorer.ts) looks features up: by template and value, the
// label-history rows of a word or shape for all labels at once, which words can be part of a word-pair feature,
// and, for a lower-case word, all of these at once.
import { LABELS, N_LABELS } from './labels.js';

export const NO_ROWS = new Int32Array(N_LABELS).fill(-1);

/**
 * The rows of every template that reads a word's lower-case form (-1 where the model has none): a new word's first
 * sight finds them with one look-up instead of ~11 (and its cluster's rows with one more: clusterRows). The model's tables are large, and every look-up of
 * a word the process has not seen before reads memory that is not in the cache: their number is the cost.
 */
export interface LowerRows {
  /** "l=", "l-1=", "l+1=", "l-2=", "l+2=", "init=" */
  l: number; prev: number; next: number; prev2: number; next2: number; init: number;
  /** "y-1=LABEL|lower" by label */
  history: Int32Array;
  /** a left (0) or right (1) part of some "b-1" / "b+1" feature */
  prevLeft: boolean; prevRight: boolean; nextLeft: boolean; nextRight: boolean;
}

const NO_LOWER_ROWS: Readonly<LowerRows> = Object.freeze({
  l: -1, prev: -1, next: -1, prev2: -1, next2: -1, init: -1, history: NO_ROWS,
  prevLeft: false, prevRight: false, nextLeft: false, nextRight: false,
});
// The records are kept as rows of one Int32Array (columns below; flags as bits): tens of thousands of objects made
// at start-up cost more than the look-ups they save in a short run.
const LOWER_TEMPLATES = new Map<string, number>([['l=', 0], ['l-1=', 1], ['l+1=', 2], ['l-2=', 3], ['l+2=', 4], ['init=', 5]]);
const FLAGS = 6, STRIDE = 7;
const PREV_LEFT = 1, PREV_RIGHT = 2, NEXT_LEFT = 4, NEXT_RIGHT = 8;

export class FeatureRows {
  /**
   * The rows of the features "template=value" by template, then value: a new word's ~30 lookups hash its
   * strings (the word, its lower case, its affixes) once each instead of building and hashing ~30 new strings.
   */
  private byTemplate = new Map<string, Map<string, number>>();
  /** "y-1=LABEL|x" rows by x (a lower-case word or a shape: the template is shared), all labels at once */
  private histories = new Map<string, Int32Array>();
  /** the parts the model's word-pair features have on each side: a pair with a part outside cannot be a feature */
  private pairSides = new Map<string, [Set<string>, Set<string>]>();

  /** the rows read by a lower-case word (see LowerRows): the word's record number, the records, their histories */
  private lowerIds = new Map<string, number>();
  private lowerTable = new Int32Array(STRIDE * 8192);
  private lowerHistory: Int32Array[] = [];
  private byCluster = new Map<string, Int32Array>();

  constructor(private index: Map<string, number>) {
    const record = (w: string): number => {
      let id = this.lowerIds.get(w);
      if (id === undefined) {
        id = this.lowerIds.size;
        this.lowerIds.set(w, id);
        if ((id + 1) * STRIDE > this.lowerTable.length) { const t = new Int32Array(this.lowerTable.length * 2); t.set(this.lowerTable); this.lowerTable = t; }
        this.lowerTable.fill(-1, id * STRIDE, id * STRIDE + STRIDE);
        this.lowerTable[id * STRIDE + FLAGS] = 0;
        this.lowerHistory.push(NO_ROWS);
      }
      return id;
    };
    const flag = (w: string, bit: number) => { this.lowerTable[record(w) * STRIDE + FLAGS]! |= bit; };
    for (const [f, r] of index) {
      const eq = f.indexOf('=');
      if (eq >= 0) {
        const t = f.slice(0, eq + 1);
        let m = this.byTemplate.get(t);
        if (!m) this.byTemplate.set(t, (m = new Map()));
        const value = f.slice(eq + 1);
        m.set(value, r);
        const column = LOWER_TEMPLATES.get(t);
        if (column !== undefined) { const id = record(value); this.lowerTable[id * STRIDE + column] = r; }
      }
      const bar = f.indexOf('|');
      if (f.startsWith('y-1=') && bar > 0) {
        const y = LABELS.indexOf(f.slice(4, bar)), x = f.slice(bar + 1);
        let rows = this.histories.get(x);
        if (!rows) {
          this.histories.set(x, (rows = new Int32Array(N_LABELS).fill(-1)));
          // x is a word or a shape; any lower-case x may be a word's lower case
          if (x === x.toLowerCase()) this.lowerHistory[record(x)] = rows;
        }
        if (y >= 0) rows[y] = r;
      } else if (f.startsWith('b-1=') || f.startsWith('b+1=')) {
        const t = f.slice(0, 3), before = t === 'b-1';
        let sides = this.pairSides.get(t);
        if (!sides) this.pairSides.set(t, (sides = [new Set(), new Set()]));
        // a word may itself be "|": every split is a possible reading
        for (let at = f.indexOf('|', 4); at >= 0; at = f.indexOf('|', at + 1)) {
          const left = f.slice(4, at), right = f.slice(at + 1);
          sides[0].add(left); sides[1].add(right);
          if (before) { flag(left, PREV_LEFT); flag(right, PREV_RIGHT); } else { flag(left, NEXT_LEFT); flag(right, NEXT_RIGHT); }
        }
      }
    }
  }

  /** Every row read by a lower-case word (LowerRows); a word the model knows nothing of reads none. */
  lower(w: string): Readonly<LowerRows> {
    const id = this.lowerIds.get(w);
    if (id === undefined) return NO_LOWER_ROWS;
    const t = this.lowerTable, at = id * STRIDE, f = t[at + FLAGS]!;
    return {
      l: t[at]!, prev: t[at + 1]!, next: t[at + 2]!, prev2: t[at + 3]!, next2: t[at + 4]!, init: t[at + 5]!, history: this.lowerHistory[id]!,
      prevLeft: (f & PREV_LEFT) !== 0, prevRight: (f & PREV_RIGHT) !== 0, nextLeft: (f & NEXT_LEFT) !== 0, nextRight: (f & NEXT_RIGHT) !== 0,
    };
  }

  /** The rows of "c4=", "c8=", "c12=", "c=", "c-1=", "c+1=" for a cluster bit string (memoised: many words share one). */
  clusterRows(c: string): Int32Array {
    let rows = this.byCluster.get(c);
    if (!rows) {
      const c8 = c.slice(0, 8);
      rows = Int32Array.of(this.rowOf('c4=', c.slice(0, 4)), this.rowOf('c8=', c8), this.rowOf('c12=', c.slice(0, 12)), this.rowOf('c=', c),
        this.rowOf('c-1=', c8), this.rowOf('c+1=', c8));
      this.byCluster.set(c, rows);
    }
    return rows;
  }

  /** The row of a feature string, or -1. */
  row(f: string): number { return this.index.get(f) ?? -1; }

  /** row(template + value) for a template whose only "=" ends it (see byTemplate); other templates read the index. */
  rowOf(template: string, value: string): number {
    if (!template.endsWith('=')) return this.row(template + value);
    return this.byTemplate.get(template)?.get(value) ?? -1;
  }

  /** "y-1=LABEL|x" rows of x by label (-1 where the model has none). */
  history(x: string): Int32Array { return this.histories.get(x) ?? NO_ROWS; }

  /** Whether `part` is a left (0) or right (1) part of some feature of the "b-1" or "b+1" template. */
  side(template: string, side: 0 | 1, part: string): boolean { return !!this.pairSides.get(template)?.[side].has(part); }
}
