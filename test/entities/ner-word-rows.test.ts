// A word's record (ner/word-records.ts) sums the rows of its own features from the templates' tables, not from the
// trainer's list of them (wordFeatureParts in ner/features.ts): the two must give the same rows in the same order,
// hence the same float32 sums, for every kind of word (capitalised, lexicon words, places, clustered words,
// suffixes shorter than the templates read, other scripts). The tables, built from the feature strings alone (a model
// read from its file) or from the index, answer every feature string with its row, and other strings with none.
import { describe, expect, it } from 'vitest';
import { gazOf, lexical, shape, wordFeatureParts } from '../../src/analyse/entities/ner/features.js';
import { N_LABELS } from '../../src/analyse/entities/ner/labels.js';
import { FeatureRows } from '../../src/analyse/entities/ner/feature-rows.js';
import { nerModel } from '../../src/analyse/entities/ner/model.js';
import { WordRecords, OWN } from '../../src/analyse/entities/ner/word-records.js';

const WORDS = ['the', 'Smith', 'John', 'Paris', 'New', 'president', 'Minister', 'Google', 'a', 'I', 'U.S.', '2024', 'McDonald',
  'iPhone', 'al-Assad', 'Kyiv', 'Zelenskyy', 'Straße', 'Москва', 'shares', 'said', 'Inc.', 'x', 'Qu', 'French', 'Mr.', '—', 'of'];

describe('own rows of a word record', () => {
  const model = nerModel('en')!;
  const rows = new FeatureRows(model.index);
  const records = new WordRecords(rows, model.weights, model.clusters, new Float32Array(N_LABELS ** 3));

  it('are the rows of wordFeatureParts, summed in its order', () => {
    for (const w of WORDS) {
      const lower = w.toLowerCase();
      const expected = new Float32Array(N_LABELS);
      for (const [t, v] of wordFeatureParts(w, model.clusters, lower, shape(w), lexical(w, lower), gazOf(w), model.clusters?.get(lower))) {
        const r = rows.rowOf(t, v);
        if (r >= 0) for (let y = 0; y < N_LABELS; y++) expected[y]! += model.weights[r * N_LABELS + y]!;
      }
      expect([...records.word(w).vec.subarray(OWN, OWN + N_LABELS)], w).toEqual([...expected]);
    }
  });

  it('come from tables that give every feature its row, built from the strings or the index alike', () => {
    const strings = [...model.index.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
    const fromStrings = new FeatureRows(strings);
    let checked = 0;
    for (const [f, r] of model.index) {
      if (fromStrings.row(f) !== r || rows.row(f) !== r) expect([f, fromStrings.row(f), rows.row(f)]).toEqual([f, r, r]);
      checked++;
    }
    expect(checked).toBe(model.index.size);
    for (const f of ['w=no-such-word-here', 'l=zzzzqx', 'y-1=O|zzzzqx', 'b-1=zzzzqx|the', 'ss=Xx|Xx|zz', 'nofeature', 'l=', '=', ''])
      expect([f, fromStrings.row(f), rows.row(f)]).toEqual([f, model.index.get(f) ?? -1, model.index.get(f) ?? -1]);
  });
});
