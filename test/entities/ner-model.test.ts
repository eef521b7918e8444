// The trained name recogniser: the shipped model file, its loading, its tags on the repo's own Wikinews
// demo texts, and the learner and label coding it is built with (no ../shared needed).
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseNames } from '../../src/analyse/entities/ner/index.js';
import { decodeSpans, encode, LABELS } from '../../src/analyse/entities/ner/labels.js';
import { trainNer } from '../../src/analyse/entities/ner/learn.js';
import { modelPath, NerModel, nerModel, unpackModel } from '../../src/analyse/entities/ner/model.js';
import { ruleHints } from '../../src/analyse/entities/rules.js';
import { paragraphSentences } from '../support/paragraph-doc.js';

const DEMO = 'demo/wikinews/2019-01-04_Nancy_Pelosi_again_elected_Speaker_as_116th_U_S_Congress_sworn_in.txt';

/** Names the model finds in a text, as "name:type". */
function namesIn(text: string): string[] {
  const sentences = paragraphSentences(text);
  const names = recogniseNames(sentences, 'en', () => ruleHints(sentences, text))!;
  return names.map((n) => `${text.slice(sentences[n.sentence]![n.from]!.start, sentences[n.sentence]![n.to]!.end)}:${n.type}`);
}

describe('the shipped NER model', () => {
  it('exists and stays under 30 MB', () => {
    expect(statSync(modelPath('en')).size).toBeLessThan(30 * 1024 * 1024);
  });

  it('loads once per process', () => {
    const m = nerModel('en');
    expect(m).not.toBeNull();
    expect(nerModel('en')).toBe(m);
    expect(m!.index.size).toBeGreaterThan(1000);
    expect(nerModel('xx')).toBeNull();
  });

  it('tags people, places and organisations in a Wikinews demo article', () => {
    const text = readFileSync(DEMO, 'utf8');
    const names = namesIn(text);
    expect(names).toContain('Nancy Pelosi:person');
    expect(names).toContain('House of Representatives:organization');
    expect(names).toContain('Mexico:place');
    expect(names).toContain('Tim Gunn:person');
    expect(names).toContain('Donald Trump:person');
    expect(names.filter((n) => n.startsWith('Pelosi:')).every((n) => n === 'Pelosi:person')).toBe(true);
    expect(names).not.toContain('Friday:person');
  });

  it('tags names in sentences it was not trained on', () => {
    const names = namesIn('Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\nThe talks were hosted by the European Commission.');
    expect(names).toContain('Angela Merkel:person');
    expect(names).toContain('Emmanuel Macron:person');
    expect(names).toContain('Berlin:place');
    // the model alone may take the article in ("the European Commission") or call it a place; the annotator trims and types it
    expect(names.some((n) => /European Commission:/.test(n))).toBe(true);
  });
});

describe('BILOU coding and the learner', () => {
  it('round-trips spans through BILOU labels', () => {
    const spans = [{ from: 0, to: 1, type: 'person' as const }, { from: 3, to: 3, type: 'place' as const }, { from: 5, to: 7, type: 'organization' as const }];
    const y = encode(8, spans);
    expect([...y].map((v) => LABELS[v])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG']);
    expect(decodeSpans(y)).toEqual(spans);
  });

  it('learns a toy tagging task and survives serialisation', () => {
    const sent = (ws: string, tags: Array<[number, number, 'person' | 'place']>) => ({ ws: ws.split(' '), y: encode(ws.split(' ').length, tags.map(([from, to, type]) => ({ from, to, type }))) });
    const data = [
      sent('Anna Berg lives in Oslo .', [[0, 1, 'person'], [4, 4, 'place']]),
      sent('Carl Dahl moved to Bergen .', [[0, 1, 'person'], [4, 4, 'place']]),
      sent('In Oslo , Carl Dahl spoke .', [[1, 1, 'place'], [3, 4, 'person']]),
      sent('Anna Berg visited Bergen .', [[0, 1, 'person'], [3, 3, 'place']]),
    ];
    const model = trainNer(data.map((d) => ({ sentences: [d.ws], labels: [d.y], weight: 1 })), { epochs: 10, minCount: 1, prune: 0, seed: 1, clusters: null });
    const again = NerModel.deserialize(model.serialize());
    for (const m of [model, again]) {
      const [y] = m.tag([['Carl', 'Dahl', 'lives', 'in', 'Bergen', '.']]);
      expect(decodeSpans(y!)).toEqual([{ from: 0, to: 1, type: 'person' }, { from: 4, to: 4, type: 'place' }]);
    }
  });

  it('learns it as a structured perceptron decoded by Viterbi, and as a two-pass model that keeps its first pass when saved', () => {
    const sent = (ws: string, tags: Array<[number, number, 'person' | 'place']>) => ({ ws: ws.split(' '), y: encode(ws.split(' ').length, tags.map(([from, to, type]) => ({ from, to, type }))) });
    const data = [
      sent('Anna Berg lives in Oslo .', [[0, 1, 'person'], [4, 4, 'place']]),
      sent('Carl Dahl moved to Bergen .', [[0, 1, 'person'], [4, 4, 'place']]),
      sent('In Oslo , Carl Dahl spoke .', [[1, 1, 'place'], [3, 4, 'person']]),
      sent('Anna Berg visited Bergen .', [[0, 1, 'person'], [3, 3, 'place']]),
      sent('Later Dahl left Oslo .', [[1, 1, 'person'], [3, 3, 'place']]),
    ];
    const docs = data.map((d) => ({ sentences: [d.ws], labels: [d.y], weight: 1 }));
    const opts = { epochs: 10, minCount: 1, prune: 0, seed: 1, clusters: null, decode: 'viterbi' as const };
    const first = trainNer(docs, opts);
    expect(first.meta.decode).toBe('viterbi');
    const second = trainNer(docs.map((d) => ({ ...d, firstPass: first.tag(d.sentences) })), opts);
    second.firstPass = first;
    const again = NerModel.deserialize(second.serialize());
    // unpacked (the build's copy: nothing gzip'd, the first pass inside unzipped too), it is the same model
    const unpacked = NerModel.deserialize(unpackModel(second.serialize()));
    expect(unpacked.weights).toEqual(again.weights);
    expect(unpacked.firstPass?.weights).toEqual(again.firstPass?.weights);
    expect([...unpacked.firstPass!.index.keys()]).toEqual([...again.firstPass!.index.keys()]);
    expect(again.firstPass?.meta.decode).toBe('viterbi');
    expect(again.firstPass?.index.size).toBe(first.index.size);
    // the second pass reads the first pass's labels of "Dahl" across the document
    expect([...second.index.keys()].some((f) => f.startsWith('p1='))).toBe(true);
    for (const m of [first, second, again]) {
      const [y, z] = m.tag([['Carl', 'Dahl', 'lives', 'in', 'Bergen', '.'], ['Then', 'Berg', 'visited', 'Oslo', '.']]);
      expect(decodeSpans(y!)).toEqual([{ from: 0, to: 1, type: 'person' }, { from: 4, to: 4, type: 'place' }]);
      expect(decodeSpans(z!).map((s) => s.type)).toContain('place');
    }
  });
});
