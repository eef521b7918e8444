// The rule recogniser's hints as the decoder (scorer.ts) reads them: each hint string gets a small id, and a token's
// four hint rows ("r=", "r=…|initial", "r-1=", "r+1=") are summed once per triple of ids and clause position.

/** Ids of hints below K make memo keys that stay small integers (a map keyed by larger numbers boxes every key; the rule hints have ~70 distinct values). */
export const K = 1 << 9;

export class HintVectors {
  private idOf = new Map<string, number>([['-', 0]]);
  private vectors = new Map<number, Float32Array | null>();
  /** the vectors of a token without hints between two without (ids 0, 0, 0), inside a clause and first in one */
  private noHints: Array<Float32Array | null | undefined> = [undefined, undefined];
  private buffer = new Int32Array(256);

  /** `row`: a feature's weight row; `sum`: the summed rows as one vector (null: none is a feature). */
  constructor(private row: (f: string) => number, private sum: (rows: number[]) => Float32Array | null) {}

  get size(): number { return this.idOf.size; }

  clear(): void { this.idOf.clear(); this.idOf.set('-', 0); this.vectors.clear(); this.noHints = [undefined, undefined]; }

  /** Ids of the hints of tokens -1 … n (0: none, "" or "-"), at 0 … n + 1 (a buffer reused from sentence to sentence). */
  ids(hs: string[], n: number): Int32Array {
    if (this.buffer.length < n + 2) this.buffer = new Int32Array(2 * (n + 2));
    const ids = this.buffer;
    // position -1 holds no hint (reading hs[-1] would be a property look-up by the string "-1", per sentence)
    ids[0] = 0;
    for (let k = 0; k <= n; k++) {
      const x = hs[k];
      if (!x || x === '-') { ids[k + 1] = 0; continue; }
      let id = this.idOf.get(x);
      if (id === undefined) this.idOf.set(x, (id = this.idOf.size));
      ids[k + 1] = id;
    }
    return ids;
  }

  /** The rule recogniser's verdicts on token i and its neighbours ("B-person-3", "drop", "-"): four rows, summed once per triple. */
  vector(hs: string[], ids: Int32Array, i: number, initial: boolean): Float32Array | null {
    const a = ids[i]!, b = ids[i + 1]!, c = ids[i + 2]!;
    if ((a | b | c) === 0 && this.noHints[initial ? 1 : 0] !== undefined) return this.noHints[initial ? 1 : 0]!;
    const fits = a < K && b < K && c < K, key = ((a * K + b) * K + c) * 2 + (initial ? 1 : 0);
    let v = fits ? this.vectors.get(key) : undefined;
    if (v === undefined) {
      const hp = (i > 0 && hs[i - 1]) || '-', hc = hs[i] || '-', hn = hs[i + 1] || '-';
      v = this.sum([this.row(`r=${hc}`), this.row(`r=${hc}|${initial}`), this.row(`r-1=${hp}|${hc}`), this.row(`r+1=${hc}|${hn}`)]);
      if (fits) this.vectors.set(key, v);
      if ((a | b | c) === 0) this.noHints[initial ? 1 : 0] = v;
    }
    return v;
  }
}
