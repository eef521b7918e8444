// Exact-span scoring of predicted names against gold, per type: a prediction counts only when start, end
// and type all match. Shared by the trainer (dev figures) and bench/ner (test figures).
import { decodeSpans } from '../../dist/analyse/entities/ner/labels.js';
import { ruleHints } from '../../dist/analyse/entities/rules.js';

export const MAIN_TYPES = ['person', 'organization', 'place'];

export const newTally = () => Object.fromEntries([...MAIN_TYPES, 'other'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));

/** Adds one document: gold and predicted [{ start, end, type }]; `types` limits the scored types. */
export function tally(t, gold, pred, types = MAIN_TYPES) {
  const key = (x) => `${x.start}:${x.end}:${x.type}`;
  const g = new Set(gold.filter((x) => types.includes(x.type)).map(key));
  const p = new Set(pred.filter((x) => types.includes(x.type)).map(key));
  for (const k of p) { const ty = k.split(':')[2]; if (g.has(k)) t[ty].tp++; else t[ty].fp++; }
  for (const k of g) if (!p.has(k)) t[k.split(':')[2]].fn++;
}

export function prf(c) {
  const p = c.tp / (c.tp + c.fp) || 0, r = c.tp / (c.tp + c.fn) || 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n: c.tp + c.fn };
}

/** Micro-average over the given types. */
export function micro(t, types = MAIN_TYPES) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const ty of types) for (const k of ['tp', 'fp', 'fn']) c[k] += t[ty][k];
  return prf(c);
}

/** The model's predicted character spans for a prepared document. */
export function modelSpans(model, doc) {
  const labels = model.tag(doc.words, model.usesHints ? ruleHints(doc.sentences, doc.text) : null);
  return labels.flatMap((y, si) => decodeSpans(y).map((s) => ({ start: doc.sentences[si][s.from].start, end: doc.sentences[si][s.to].end, type: s.type })));
}
