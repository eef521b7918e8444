// Near-duplicate detection: MinHash signatures over 5-word shingles with LSH banding, so a
// syndicated, trimmed or re-headed copy is found without comparing every pair of articles.
export const SHINGLE = 5;
export const PERMUTATIONS = 128;
export const BANDS = 32; // 4 rows per band: candidate pairs from Jaccard ≈ 0.4 upwards

/** A cheap 32-bit mixer (murmur3 finaliser) keyed by a seed: one "permutation" per seed. */
function mix(h: number, seed: number): number {
  h ^= seed; h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => mix(i + 1, 0x9e3779b9));

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not. */
const KIND = new Uint8Array(0x10000);
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  if (!KIND[cp]) KIND[cp] = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return KIND[cp] === 1;
}

/** The runs of letters and digits of the NFKC-folded, lower-cased text (`/[\p{L}\p{N}]+/gu`, without the regex's cost). */
export function words(text: string): string[] {
  const t = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length;) {
    const cp = t.codePointAt(i)!;
    if (isWordChar(cp)) { if (start < 0) start = i; } else if (start >= 0) { out.push(t.slice(start, i)); start = -1; }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}

/** FNV-1a of `w[from]…w[to - 1]` joined by single spaces, without building the string. */
function fnvWords(w: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    if (j > from) { h ^= 32; h = Math.imul(h, 0x01000193); }
    const s = w[j]!;
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  }
  return h >>> 0;
}

export function shingleHashes(text: string, k = SHINGLE): Uint32Array {
  const w = words(text);
  const n = Math.max(1, w.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fnvWords(w, i, Math.min(i + k, w.length));
  return out;
}

/** The distinct values of `h`, sorted (in place; a Set of numbers cost more than the permutations below). */
function distinct(h: Uint32Array): Uint32Array {
  h.sort();
  let k = 0;
  for (let i = 0; i < h.length; i++) if (k === 0 || h[i] !== h[k - 1]) h[k++] = h[i]!;
  return h.subarray(0, k);
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS);
  // A repeated shingle cannot lower a minimum, nor does the order of the shingles matter. Four permutations per pass
  // over the shingles (`mix` written out four times: independent chains the CPU runs side by side), each minimum in a
  // local; PERMUTATIONS is a multiple of four.
  const hashes = distinct(shingleHashes(text));
  const n = hashes.length;
  for (let p = 0; p < PERMUTATIONS; p += 4) {
    const s0 = SEEDS[p]!, s1 = SEEDS[p + 1]!, s2 = SEEDS[p + 2]!, s3 = SEEDS[p + 3]!;
    let m0 = 0xffffffff, m1 = 0xffffffff, m2 = 0xffffffff, m3 = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const x = hashes[i]!;
      let a = x ^ s0; a ^= a >>> 16; a = Math.imul(a, 0x85ebca6b); a ^= a >>> 13; a = Math.imul(a, 0xc2b2ae35); a = (a ^ (a >>> 16)) >>> 0;
      let b = x ^ s1; b ^= b >>> 16; b = Math.imul(b, 0x85ebca6b); b ^= b >>> 13; b = Math.imul(b, 0xc2b2ae35); b = (b ^ (b >>> 16)) >>> 0;
      let c = x ^ s2; c ^= c >>> 16; c = Math.imul(c, 0x85ebca6b); c ^= c >>> 13; c = Math.imul(c, 0xc2b2ae35); c = (c ^ (c >>> 16)) >>> 0;
      let d = x ^ s3; d ^= d >>> 16; d = Math.imul(d, 0x85ebca6b); d ^= d >>> 13; d = Math.imul(d, 0xc2b2ae35); d = (d ^ (d >>> 16)) >>> 0;
      if (a < m0) m0 = a;
      if (b < m1) m1 = b;
      if (c < m2) m2 = c;
      if (d < m3) m3 = d;
    }
    sig[p] = m0; sig[p + 1] = m1; sig[p + 2] = m2; sig[p + 3] = m3;
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export class NearDuplicateIndex {
  private sigs = new Map<string, Uint32Array>();
  private buckets = new Map<string, string[]>();
  private original = new Map<string, string>();

  constructor(readonly threshold = 0.5) {}

  /** Add an article; returns the id of the earlier article it near-duplicates (its original), or null. */
  add(id: string, text: string): string | null {
    const sig = signature(text);
    const rows = PERMUTATIONS / BANDS;
    const seen = new Set<string>();
    let best: { id: string; j: number } | null = null;
    const keys: string[] = [];
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(',')}`;
      keys.push(key);
      for (const other of this.buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const j = estimateJaccard(sig, this.sigs.get(other)!);
        if (j >= this.threshold && (!best || j > best.j)) best = { id: other, j };
      }
    }
    for (const key of keys) { const l = this.buckets.get(key) ?? []; l.push(id); this.buckets.set(key, l); }
    this.sigs.set(id, sig);
    const orig = best ? this.original.get(best.id) ?? best.id : null;
    if (orig) this.original.set(id, orig);
    return orig;
  }
}
