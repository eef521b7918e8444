// The decoder labels a token O without scoring it when it lies FAR or more tokens from every word with a capital
// letter or a digit and from every rule hint (ner/scorer.ts farTokens), a measured shortcut (scripts/ner/far-tokens.mjs:
// no label changed on the dev parts). Checked here on a model that names one lower-case word whatever its context:
// where the shortcut applies and where it must not, and that the shipped model labels the demo texts alike either way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, N_LABELS } from '../../src/analyse/entities/ner/labels.js';
import { NerModel, nerModel } from '../../src/analyse/entities/ner/model.js';
import { capitalisesNames, FAR } from '../../src/analyse/entities/ner/far-tokens.js';
import { paragraphSentences } from '../support/paragraph-doc.js';

const U_PER = LABELS.indexOf('U-PER');

/** A Viterbi model with one feature: the word "zork" is a person (a lower-case name, as the shortcut assumes none is). */
function zorkModel(): NerModel {
  const weights = new Float32Array(N_LABELS);
  weights[U_PER] = 10;
  return new NerModel(new Map([['w=zork', 0]]), weights, null, { decode: 'viterbi' });
}

/** A sentence of a document that capitalises its names, as news does (capitalisesNames). */
const CASED = ['Ann', 'Lee', 'met', 'Bob', 'Ray', 'and', 'Sue', 'Kim', 'in', 'Rome', 'and', 'Paris', '.'];

/**
 * The label of "zork" in a sentence of `before` lower-case words, zork, then `after` words; `first`: the first word.
 * `cased`: the document also holds a sentence with capitalised names (else it is all lower case but `first`).
 */
function zorkLabel(m: NerModel, before: number, after: number, first = 'the', hintAt = -1, cased = true): number {
  const ws = [first, ...Array.from({ length: before - 1 }, () => 'and'), 'zork', ...Array.from({ length: after }, () => 'so')];
  const hints = hintAt >= 0 ? [ws.map((_, i) => (i === hintAt ? 'B-person-3' : '')), CASED.map(() => '')] : null;
  return m.tag(cased ? [ws, CASED] : [ws], cased ? hints : hints && [hints[0]!])[0]![before]!;
}

describe('the NER decoder\'s far tokens', () => {
  it('labels O, unscored, a token FAR tokens or more from every capital, digit and hint, and scores the others', () => {
    const m = zorkModel();
    expect(zorkLabel(m, FAR, 2, 'The')).toBe(0);
    expect(zorkLabel(m, FAR - 1, 2, 'The')).toBe(U_PER);
    expect(zorkLabel(m, FAR, 2, '2024')).toBe(0);
    expect(zorkLabel(m, FAR - 1, 2, '2024')).toBe(U_PER);
    // an anchor anywhere in a word ("iPhone"), or a rule hint on a lower-case word, keeps its neighbours scored
    expect(zorkLabel(m, FAR - 1, 2, 'iPhone')).toBe(U_PER);
    expect(zorkLabel(m, FAR + 3, 2, 'The', FAR)).toBe(U_PER);
    expect(zorkLabel(m, FAR + 3, 2, 'The', 2)).toBe(0);
    // a sentence with no anchor at all (lower-case text) is scored throughout
    expect(zorkLabel(m, FAR + 3, 2, 'the')).toBe(U_PER);
  });

  it('scores every token of a document that does not capitalise its names (lower case, sentence case)', () => {
    const m = zorkModel();
    // a digit or a sentence's capital is no anchor worth trusting when no name in the document is capitalised
    expect(zorkLabel(m, FAR + 3, 2, 'The', -1, false)).toBe(U_PER);
    expect(zorkLabel(m, FAR + 3, 2, '2024', -1, false)).toBe(U_PER);
    expect(zorkLabel(m, FAR + 3, 2, 'The', -1, true)).toBe(0);
    expect(capitalisesNames([[{ cap: true, opener: false }, { cap: false, opener: false }]])).toBe(false);
    expect(capitalisesNames([CASED.map((w) => ({ cap: /^\p{Lu}/u.test(w), opener: false }))])).toBe(true);
  });

  it('scores every token when told to (skipFar false)', () => {
    const m = zorkModel();
    m.tag([['x']]);
    (m as unknown as { scorer: { skipFar: boolean } }).scorer.skipFar = false;
    expect(zorkLabel(m, FAR + 5, 2, 'The')).toBe(U_PER);
  });

  it('changes no label of the shipped model on 40 demo articles (both passes)', () => {
    const model = nerModel('en')!;
    const fresh = (skip: boolean) => {
      const m = new NerModel(model.index, model.weights, model.clusters, model.meta);
      if (model.firstPass) m.firstPass = new NerModel(model.firstPass.index, model.firstPass.weights, model.firstPass.clusters, model.firstPass.meta);
      m.tag([['x']]);
      for (const x of [m, m.firstPass]) if (x) (x as unknown as { scorer: { skipFar: boolean } }).scorer.skipFar = skip;
      return m;
    };
    const full = fresh(false), fast = fresh(true);
    const dir = 'demo/wikinews';
    let names = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().slice(0, 40)) {
      const words = paragraphSentences(readFileSync(join(dir, f), 'utf8')).map((s) => s.map((t) => t.text));
      const a = full.tag(words).map((y) => [...y]);
      expect(fast.tag(words).map((y) => [...y])).toEqual(a);
      names += a.flat().filter((y) => y !== 0).length;
    }
    expect(names).toBeGreaterThan(500);
  });
});
