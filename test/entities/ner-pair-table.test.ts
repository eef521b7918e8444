// The decoder reads the word-pair features ("b-1=left|right", "b+1=left|right") from one open-addressing table keyed
// by the template and both words' numbers: every pair of the model's index is found with its row, under its own
// template only, every other pair is not, also with thousands of pairs (collisions) and words that are themselves "|".
import { describe, expect, it } from 'vitest';
import { FeatureRows, ID_SLOT, NEXT_PAIR, PAIR_BITS, PAIR_SLOT, PREV_PAIR, PairTable } from '../../src/analyse/entities/ner/feature-rows.js';

const lid = (rows: FeatureRows, w: string) => rows.lower(w)[ID_SLOT]!;

describe('word-pair table of the name tagger', () => {
  const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
  const index = new Map<string, number>();
  const expected: Array<[number, string, string, number]> = [];
  // a deterministic scatter of pairs over both templates
  for (let i = 0; i < words.length; i++) for (let j = 0; j < words.length; j++) {
    if ((i * 7 + j * 13) % 11 === 0) { index.set(`b-1=${words[i]}|${words[j]}`, index.size); expected.push([PREV_PAIR, words[i]!, words[j]!, index.size - 1]); }
    if ((i * 5 + j * 3) % 17 === 0) { index.set(`b+1=${words[i]}|${words[j]}`, index.size); expected.push([NEXT_PAIR, words[i]!, words[j]!, index.size - 1]); }
  }
  index.set('l=w1', index.size);
  // a word that is itself "|": "b-1=|||x" reads as ("|", "|x") and as ("||", "x")… every split is a reading
  index.set('b-1=a|b|c', index.size);
  const rows = new FeatureRows(index);

  it('finds every pair of the index with its row, under its own template', () => {
    expect(expected.length).toBeGreaterThan(1500);
    for (const [t, a, b, r] of expected) expect(rows.pairRows.get(t, lid(rows, a), lid(rows, b))).toBe(r);
  });

  it('finds no pair the index does not hold, nor a pair under the other template', () => {
    const held = new Set(expected.map(([t, a, b]) => `${t} ${a} ${b}`));
    let absent = 0;
    for (const t of [PREV_PAIR, NEXT_PAIR]) for (let i = 0; i < words.length; i += 3) for (let j = 0; j < words.length; j += 2) {
      if (held.has(`${t} ${words[i]} ${words[j]}`)) continue;
      absent++;
      expect(rows.pairRows.get(t, lid(rows, words[i]!), lid(rows, words[j]!))).toBe(-1);
    }
    expect(absent).toBeGreaterThan(1000);
    expect(rows.pairRows.get(PREV_PAIR, -1, lid(rows, 'w1'))).toBe(-1);
  });

  it('reads a feature with a "|" inside a word as each of its splits, and marks the words as pair sides', () => {
    const r = index.get('b-1=a|b|c')!;
    expect(rows.pairRows.get(PREV_PAIR, lid(rows, 'a'), lid(rows, 'b|c'))).toBe(r);
    expect(rows.pairRows.get(PREV_PAIR, lid(rows, 'a|b'), lid(rows, 'c'))).toBe(r);
    expect(rows.lower('a')[PAIR_SLOT]! & PAIR_BITS.prevLeft).toBeTruthy();
    expect(rows.lower('c')[PAIR_SLOT]! & PAIR_BITS.prevRight).toBeTruthy();
    expect(rows.lower('w1')[PAIR_SLOT]! & PAIR_BITS.nextRight).toBeTruthy();
  });

  it('keeps the later of two entries with the same key, as a map would', () => {
    const t = new PairTable([PREV_PAIR, 3, 4, 10, NEXT_PAIR, 3, 4, 11, PREV_PAIR, 3, 4, 12]);
    expect(t.get(PREV_PAIR, 3, 4)).toBe(12);
    expect(t.get(NEXT_PAIR, 3, 4)).toBe(11);
    expect(t.get(PREV_PAIR, 4, 3)).toBe(-1);
  });
});
