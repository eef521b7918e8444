// What a document says about a capitalised word form (midcap, lowseen, its evidence and a first pass's labels), as the
// decoder (scorer.ts) adds it: the form's rows summed once per form and position kind in a document, in one block of
// vectors reused from document to document.
import type { Casing } from './features.js';
import { N_LABELS } from './labels.js';
import type { WordInfo } from './word-records.js';

const N = N_LABELS;

export class FormVectors {
  /** the current document's vectors by record and position kind */
  private byKey = new Map<number, Float32Array | null>();
  private block = new Float32Array(256 * N);
  private at = 0;
  private constants: Record<'midcap' | 'midcapInitial' | 'midcapInside' | 'lowseen' | 'lowseenInitial' | 'lowseenInside', number>;

  /** `row`: a feature's weight row; `fixedRow`: the same, memoised (the evidence strings recur from form to form). */
  constructor(row: (f: string) => number, private fixedRow: (f: string) => number, private weights: Float32Array) {
    this.constants = { midcap: row('midcap'), midcapInitial: row('midcap|true'), midcapInside: row('midcap|false'),
      lowseen: row('lowseen'), lowseenInitial: row('lowseen|true'), lowseenInside: row('lowseen|false') };
  }

  /** Forgets the last document's vectors (their block is reused). */
  startDocument(): void { this.byKey.clear(); this.at = 0; }

  /**
   * The summed rows of a capitalised word form `w` (record `cur`) at the start of a clause or inside one, or null when
   * none is a feature; `cased`: how the body writes the word, in a headline (not kept: it depends on the headline).
   */
  vector(w: string, cur: WordInfo, initial: boolean, cased: Casing | undefined, midCaps: Set<string>, lowerSeen: Set<string>,
    evidence: Map<string, string[]>, firstPass: Map<string, string[]> | null): Float32Array | null {
    const key = cur.rid * 4 + (initial ? 2 : 0) + (cased ? 1 : 0);
    let v = cased ? undefined : this.byKey.get(key);
    if (v !== undefined) return v;
    const rows: number[] = [], f = this.constants;
    if (midCaps.has(w)) rows.push(f.midcap, initial ? f.midcapInitial : f.midcapInside);
    if (lowerSeen.has(cur.lower)) rows.push(f.lowseen, initial ? f.lowseenInitial : f.lowseenInside);
    const form = cased && cased.kind !== 'low' ? cased.form : w;
    for (const x of evidence.get(form) ?? []) rows.push(this.fixedRow(x));
    for (const x of firstPass?.get(form) ?? []) rows.push(this.fixedRow(x));
    v = this.sum(rows);
    if (!cased) this.byKey.set(key, v);
    return v;
  }

  /** The sum of weight rows (-1: none) in a vector of the document's block, or null when none is a feature. */
  private sum(rows: number[]): Float32Array | null {
    if (rows.every((r) => r < 0)) return null;
    const v = this.documentVector(), w = this.weights;
    for (const r of rows) if (r >= 0) for (let y = 0, o = r * N; y < N; y++) v[y]! += w[o + y]!;
    return v;
  }

  /**
   * A zeroed vector for the current document, a view of one block reused from document to document: a Float32Array
   * of its own (over 64 bytes) lies outside V8's heap and costs a native allocation.
   */
  private documentVector(): Float32Array {
    if (this.at + N > this.block.length) {
      // the block is full: the vectors made so far stay in it, the next ones go to a new, larger one
      this.block = new Float32Array(2 * this.block.length); this.at = 0;
    }
    const v = this.block.subarray(this.at, (this.at += N));
    v.fill(0);
    return v;
  }
}
