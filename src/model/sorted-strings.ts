// Lookup in a sorted list of strings, for the tables the build packs as newline-joined sorted lists (eld's n-grams:
// extract/language-table.ts; the given names: analyse/quotes/given-names.ts): read as one split and bisection, not as a
// map of tens of thousands of keys built at start-up.

/** The index of `key` in `sorted` (sorted by UTF-16 code units, as `<` compares and `Array.prototype.sort` orders), or -1. */
export function indexInSorted(sorted: readonly string[], key: string): number {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1, k = sorted[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
