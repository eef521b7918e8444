// MEANTIME dev as training data for the English name model. Its annotation covers only the entities that
// take part in annotated events, so an unannotated name is not an "O" the model should learn: only the
// sentences where every capitalised word (the sentence's first word and "I" apart) lies inside a PER/ORG/LOC
// proper-name mention (the labels) or a time expression are kept: a name inside a product, financial or common-noun
// mention ("the Airbus plant") would otherwise teach the model that such names are not names. The split (bench/understanding/meantime.mjs, by file name) was fixed before training.
import { loadMeantime, meantimeSplit } from '../../bench/understanding/meantime.mjs';
import { prepareDoc } from './corpora.mjs';

const CAPITAL = /^\p{Lu}/u;

/** Prepared MEANTIME documents of one split (gold types as the model's), with their sentences filtered when `complete`. */
export function meantimeDocs(split, { complete = false, strict = false } = {}) {
  return loadMeantime().filter((d) => meantimeSplit(d.path) === split).map((d) => {
    const gold = d.gold.map((g) => ({ start: g.start, end: g.end, type: g.want }));
    const doc = prepareDoc({ name: 'meantime' }, split, { id: d.path, text: d.text, entities: gold });
    if (!complete) return doc;
    const spans = strict ? [...d.gold, ...d.timexes] : d.marked;
    const covered = (t) => spans.some((m) => m.start <= t.start && t.end <= m.end);
    const keep = doc.sentences.map((toks) => toks.every((t, i) => i === 0 || t.text === 'I' || !CAPITAL.test(t.text) || covered(t)));
    return { ...doc, sentences: doc.sentences.filter((_, i) => keep[i]), words: doc.words.filter((_, i) => keep[i]), labels: doc.labels.filter((_, i) => keep[i]) };
  });
}
