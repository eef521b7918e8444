// MinHash signatures are stored with every placed article, so the fast path must give the very same numbers as the
// definition: the words are the runs of letters and digits of the folded text, each 5-word shingle joined by spaces
// is hashed with FNV-1a, and each permutation keeps the minimum over all shingles.
import { describe, expect, it } from 'vitest';
import { PERMUTATIONS, SHINGLE, shingleHashes, signature, words } from '../../src/story/minhash.js';

const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return h >>> 0; };
const mix = (h: number, seed: number) => {
  h ^= seed; h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
};
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => mix(i + 1, 0x9e3779b9));
const byDefinition = (text: string) => {
  const w = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = Array.from({ length: Math.max(1, w.length - SHINGLE + 1) }, (_, i) => fnv(w.slice(i, i + SHINGLE).join(' ')));
  return { hashes, sig: SEEDS.map((seed) => Math.min(...hashes.map((h) => mix(h, seed)))) };
};

const TEXTS = [
  '', 'one', 'one two three four', 'one two three four five', 'The mayor said the mayor said the mayor said it again and again.',
  'Ünïcödé ﬁ ｆｕｌｌ ｗｉｄｔｈ 123 ½ — Καλημέρα κόσμε, Привет мир, 你好世界 and more words after them',
  'Rain fell on Monday. '.repeat(40), 'İstanbul ǅ Σας ١٢٣ Ⅻ ½ ﬁ 😀abc𝒜𝒷 \ud800x\udc00y e\u0301t\u00e9',
];

describe('MinHash signatures', () => {
  it.each(TEXTS.map((t) => [t.slice(0, 30), t]))('split words, hash the shingles and take the minima as defined: %s', (_, text) => {
    const want = byDefinition(text);
    expect(words(text)).toEqual(text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    expect([...shingleHashes(text)]).toEqual(want.hashes);
    expect([...signature(text)]).toEqual(want.sig);
  });
});
