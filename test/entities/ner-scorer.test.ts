// The decoder's integer-keyed fast path (ner/scorer.ts) must score every token with the rows of the feature strings
// the model was trained on (ner/features.ts): the same labels, token by token, on the repo's demo texts, with and
// without the rule hints, on all-caps and title-case sentences, and after its records were reset. (It sums some
// rows ahead, so the float32 scores may differ in the last bits; a missing or extra row changes labels here.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFeatures, docContext, historyFeatures, shape, wordFeatures } from '../../src/analyse/entities/ner/features.js';
import { LABELS, N_LABELS, TRANSITIONS } from '../../src/analyse/entities/ner/labels.js';
import { NerModel, nerModel } from '../../src/analyse/entities/ner/model.js';
import { viterbi } from '../../src/analyse/entities/ner/viterbi.js';
import { labelEvidence } from '../../src/analyse/entities/ner/first-pass.js';
import { ruleHints } from '../../src/analyse/entities/rules.js';
import { type Token } from '../../src/analyse/entities/tokens.js';
import { paragraphSentences } from '../support/paragraph-doc.js';

/** The decoder written over feature strings, as the trainer sees them: the reference (greedy, or Viterbi). */
function referenceTag(m: NerModel, sentences: string[][], hints: string[][] | null): Uint8Array[] {
  const ctx = docContext(sentences);
  if (m.firstPass) ctx.firstPass = labelEvidence(sentences, referenceTag(m.firstPass, sentences, hints));
  const add = (f: string, s: Float32Array) => {
    const r = m.index.get(f);
    if (r !== undefined) for (let y = 0; y < N_LABELS; y++) s[y]! += m.weights[r * N_LABELS + y]!;
  };
  return sentences.map((ws, si) => {
    const stat = contextFeatures(ws, ctx, m.clusters, hints?.[si] ?? null);
    const out = new Uint8Array(ws.length);
    if (m.meta.decode === 'viterbi') {
      const emit = new Float32Array(ws.length * N_LABELS);
      ws.forEach((w, i) => {
        const s = emit.subarray(i * N_LABELS, (i + 1) * N_LABELS);
        for (const f of wordFeatures(w, m.clusters)) add(f, s);
        for (const f of stat[i]!) add(f, s);
      });
      viterbi(ws.length, emit, (i, p, s) => {
        const table = new Float32Array(N_LABELS);
        add(`y-1=${LABELS[p]}`, table);
        for (let y = 0; y < N_LABELS; y++) s[y]! += table[y]!;
        add(`y-1=${LABELS[p]}|${ws[i]!.toLowerCase()}`, s);
        add(`y-1=${LABELS[p]}|${shape(ws[i]!)}`, s);
      }, out);
      return out;
    }
    let prev = 0, prev2 = 0;
    for (let i = 0; i < ws.length; i++) {
      const word = new Float32Array(N_LABELS);
      for (const f of wordFeatures(ws[i]!, m.clusters)) add(f, word);
      const s = Float32Array.from(word);
      for (const f of stat[i]!) add(f, s);
      const table = new Float32Array(N_LABELS);
      const [a, b] = historyFeatures(LABELS[prev]!, LABELS[prev2]!, '', '');
      add(a!, table); add(b!, table);
      for (let y = 0; y < N_LABELS; y++) s[y]! += table[y]!;
      add(`y-1=${LABELS[prev]}|${ws[i]!.toLowerCase()}`, s);
      add(`y-1=${LABELS[prev]}|${shape(ws[i]!)}`, s);
      const ok = TRANSITIONS[i === ws.length - 1 ? 1 : 0]![prev]!;
      let best = -1;
      for (let y = 0; y < N_LABELS; y++) if (ok[y] && (best < 0 || s[y]! > s[best]!)) best = y;
      out[i] = best;
      prev2 = prev; prev = best;
    }
    return out;
  });
}

function tokenised(text: string): { sentences: Token[][]; words: string[][] } {
  const sentences = paragraphSentences(text);
  return { sentences, words: sentences.map((s) => s.map((t) => t.text)) };
}

const DEMO = 'demo/wikinews';
const texts = readdirSync(DEMO).filter((f) => f.endsWith('.txt')).sort().slice(0, 25).map((f) => readFileSync(join(DEMO, f), 'utf8'));
texts.push(
  'PRESIDENT JOE BIDEN MET NEW YORK MAYOR ERIC ADAMS IN WASHINGTON ON MONDAY.\nThe Prime Minister Of The United Kingdom Visited New Delhi And Saudi Arabia.',
  '“Yes,” he said. “Yes,” he said. Mr. O’Neil-Smith of the U.S. Department of State said (in Kyiv) that al-Assad’s forces were gone.',
);

/** The model with its far-token shortcut off (ner-far-tokens.test.ts checks that): every token scored, as here by strings. */
function scoringEveryToken(m: NerModel): NerModel {
  m.tag([['x']]);
  for (const x of [m, m.firstPass]) if (x) (x as unknown as { scorer: { skipFar: boolean } }).scorer.skipFar = false;
  return m;
}

describe('the NER decoder\'s fast path', () => {
  const model = scoringEveryToken(nerModel('en')!);

  it('tags every token of 25 demo articles and two odd texts as the feature strings do, with and without hints', () => {
    let tokens = 0, names = 0;
    for (const text of texts) {
      const { sentences, words } = tokenised(text);
      const hints = ruleHints(sentences, text);
      for (const h of [hints, null]) {
        const fast = model.tag(words, h).map((y) => [...y]);
        expect(fast).toEqual(referenceTag(model, words, h).map((y) => [...y]));
        tokens += words.flat().length;
        names += fast.flat().filter((y) => y !== 0).length;
      }
    }
    expect(tokens).toBeGreaterThan(10_000);
    expect(names).toBeGreaterThan(500);
  });

  it('tags as the feature strings do past the range of the memo keys and the records\' bound (42,000 distinct words), and after the records start again', () => {
    // words "Kab", "kac", …: every third one capitalised, so pairs of capitalised words meet the gazetteer too
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const words: string[] = [];
    for (let i = 0; words.length < 42_000; i++) {
      const block = Math.floor(i / 17_576);
      const w = `k${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}${block ? letters[block] : ''}`;
      words.push(i % 3 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w);
    }
    const sentences: string[][] = [];
    for (let i = 0; i < words.length; i += 12) sentences.push([...words.slice(i, i + 12), '.']);
    // real sentences after them: their words get ids past the memo range, and their pairs are in the model
    for (const text of texts.slice(2, 6)) sentences.push(...tokenised(text).words);
    const fresh = new NerModel(model.index, model.weights, model.clusters, model.meta);
    const first = model.firstPass;
    if (first) fresh.firstPass = new NerModel(first.index, first.weights, first.clusters, first.meta);
    scoringEveryToken(fresh);
    expect(fresh.tag(sentences).map((y) => [...y])).toEqual(referenceTag(model, sentences, null).map((y) => [...y]));
    const { words: demo } = tokenised(texts[1]!);
    expect(fresh.tag(demo).map((y) => [...y])).toEqual(referenceTag(model, demo, null).map((y) => [...y]));
  });
});
