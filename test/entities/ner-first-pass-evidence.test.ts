// A two-pass tagger's first pass is read only at capitalised tokens (labelEvidence), so it leaves unscored the
// sentences, and the segments between far tokens, that hold none (ner/far-tokens.ts capitalSegments). Checked here:
// which segments are marked, that the evidence and the second pass's labels are those of a first pass scoring
// everything on demo articles, and that a lone model asked for all its labels still scores everything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capitalSegments } from '../../src/analyse/entities/ner/far-tokens.js';
import { labelEvidence } from '../../src/analyse/entities/ner/first-pass.js';
import { LABELS, N_LABELS } from '../../src/analyse/entities/ner/labels.js';
import { NerModel, nerModel } from '../../src/analyse/entities/ner/model.js';
import { paragraphSentences } from '../support/paragraph-doc.js';

const toks = (caps: string) => [...caps].map((c) => ({ cap: c === 'C' }));
const mask = (m: string) => Uint8Array.from([...m].map((c) => (c === 'x' ? 1 : 0)));
const show = (far: Uint8Array) => [...far].map((x) => (x ? 'x' : '.')).join('');

describe('a first pass read for its evidence only', () => {
  it('marks the segments between far tokens that hold no capitalised token, and counts the tokens left', () => {
    // tokens: C capitalised, l not; far: x
    const far = mask('..xx....xxx..');
    expect(capitalSegments(toks('lCllllllllllC'), far, 13)).toBe(4);
    expect(show(far)).toBe('..xxxxxxxxx..');
    const none = mask('...xx..');
    expect(capitalSegments(toks('lllllll'), none, 7)).toBe(0);
    expect(show(none)).toBe('xxxxxxx');
    // no far token: the sentence is one segment, scored whole when it holds a capital, else not at all
    expect(capitalSegments(toks('llCl'), null, 4)).toBe(4);
    expect(capitalSegments(toks('llll'), null, 4)).toBe(0);
  });

  it('leaves a model asked for all its labels scoring every sentence, and one asked for evidence the capitalised ones', () => {
    // a model that names the lower-case word "zork" whatever its context
    const weights = new Float32Array(N_LABELS);
    weights[LABELS.indexOf('U-PER')] = 10;
    const m = new NerModel(new Map([['w=zork', 0]]), weights, null, { decode: 'viterbi' });
    const doc = [['we', 'saw', 'zork'], ['Ann', 'saw', 'zork']];
    expect(m.tag(doc).map((y) => y[2])).toEqual([LABELS.indexOf('U-PER'), LABELS.indexOf('U-PER')]);
    expect(m.tag(doc, null, {}, true).map((y) => y[2])).toEqual([0, LABELS.indexOf('U-PER')]);
  });

  it('gives the evidence and the second pass\'s labels of a first pass scoring every token, on 40 demo articles', () => {
    const model = nerModel('en')!;
    expect(model.firstPass).not.toBeNull();
    const first = new NerModel(model.firstPass!.index, model.firstPass!.weights, model.clusters, model.firstPass!.meta);
    const dir = 'demo/wikinews';
    let unread = 0, evidence = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort().slice(0, 40)) {
      const words = paragraphSentences(readFileSync(join(dir, f), 'utf8')).map((s) => s.map((t) => t.text));
      const all = labelEvidence(words, first.tag(words));
      const before = (first as unknown as { scorer: { counts: { unread: number } } }).scorer.counts.unread;
      const read = labelEvidence(words, first.tag(words, null, {}, true));
      unread += (first as unknown as { scorer: { counts: { unread: number } } }).scorer.counts.unread - before;
      expect([...read].sort()).toEqual([...all].sort());
      evidence += all.size;
      // the two-pass model (its first pass for evidence only) labels as a second pass given the full evidence
      const second = new NerModel(model.index, model.weights, model.clusters, model.meta);
      second.tag([['x']]);
      const scorer = (second as unknown as { scorer: { tag: (s: string[][], h: null, f: Map<string, string[]>) => Uint8Array[] } }).scorer;
      expect(model.tag(words).map((y) => [...y])).toEqual(scorer.tag(words, null, all).map((y) => [...y]));
    }
    expect(evidence).toBeGreaterThan(1000);
    expect(unread).toBeGreaterThan(100);
  });
});
