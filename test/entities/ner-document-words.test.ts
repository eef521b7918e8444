// What the decoder reads of a document (ner/document-words.ts: from the word records' flags) must be what the trainer
// reads (ner/features.ts docContext: from the strings): the same capitalised and lower-case forms, the same evidence
// per form, and the same casing for every word of a headline, on demo articles and on texts made to stress them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docContext } from '../../src/analyse/entities/ner/features.js';
import { documentWords } from '../../src/analyse/entities/ner/document-words.js';
import { nerModel } from '../../src/analyse/entities/ner/model.js';
import { FeatureScorer } from '../../src/analyse/entities/ner/scorer.js';
import { paragraphSentences } from '../support/paragraph-doc.js';

const DEMO = 'demo/wikinews';
const texts = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().slice(0, 30).map((f) => readFileSync(join(DEMO, f), 'utf8'));
texts.push(
  'PRESIDENT BIDEN MEETS ACME CORP IN PARIS\nPresident Biden met Acme Corp in Paris. The acme of it: Mr. Smith (Acme) said "Paris" twice; paris, PARIS.',
  'Storm Hits Coast As Mayor Speaks\nThe storm hit the coast. Mayor Jones said the Coast Guard came; the storm, the Storm.',
);

describe('the NER decoder\'s document words', () => {
  it('are docContext\'s, read from the word records', () => {
    const model = nerModel('en')!;
    const scorer = new FeatureScorer(model.index, model.weights, model.clusters);
    let evidence = 0, casing = 0;
    for (const text of texts) {
      const words = paragraphSentences(text).map((s) => s.map((t) => t.text));
      const ctx = docContext(words);
      const mine = documentWords(words, words.map((ws) => ws.map((w) => scorer.word(w))), {});
      expect(mine.midCaps).toEqual(ctx.midCaps);
      expect(mine.lowerSeen).toEqual(ctx.lowerSeen);
      expect(mine.evidence).toEqual(ctx.evidence);
      // the casing of every word a headline holds (the only ones the decoder looks up)
      for (const [l, c] of mine.casing) expect(ctx.casing.get(l)).toEqual(c);
      const headlineWords = words.filter((ws) => ws.filter((w) => /^\p{L}/u.test(w)).length >= 4 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * ws.filter((w) => /^\p{L}/u.test(w)).length).flat();
      for (const w of headlineWords) expect(mine.casing.get(w.toLowerCase())).toEqual(ctx.casing.get(w.toLowerCase()));
      evidence += mine.evidence.size; casing += mine.casing.size;
    }
    expect(evidence).toBeGreaterThan(300);
    expect(casing).toBeGreaterThan(5);
  });
});
