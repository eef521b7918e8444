// The cross-validation split of the article-extraction dev pages, fixed before any change was tried on
// them: a page is "held-out" when the SHA-256 of "storyline-extraction-split:" + its id starts with 0-7,
// else "fit". Changes are made looking at the fit half only and kept only when they also help held-out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CORPUS = resolve('../shared/corpus/article-extraction-dev');
const { evaluate } = await import(pathToFileURL(resolve('../shared/tools/score-extraction.mjs')).href);

export const half = (id) => (parseInt(createHash('sha256').update(`storyline-extraction-split:${id}`).digest('hex')[0], 16) < 8 ? 'held-out' : 'fit');
export const HALVES = ['held-out', 'fit'];

const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8'));

/** { 'held-out': metrics, fit: metrics, all: metrics } for a map of page id → extracted text. */
export function scoreHalves(predictions) {
  const out = {};
  for (const h of [...HALVES, 'all']) {
    const ids = Object.keys(truth).filter((id) => h === 'all' || half(id) === h);
    const t = Object.fromEntries(ids.map((id) => [id, truth[id].articleBody]));
    const p = Object.fromEntries(ids.map((id) => [id, predictions[id] ?? '']));
    const { metrics, perPage } = evaluate(t, p, { nBootstrap: 0 });
    out[h] = { ...metrics, perPage };
  }
  return out;
}

/** One table per half, held-out first, each extractor on one line. */
export function printHalves(results, extraColumns = () => '') {
  const pad = (s, n) => String(s).padEnd(n);
  for (const h of [...HALVES, 'all']) {
    const first = Object.values(results)[0][h];
    console.log(`\n${h} (${first.pages} pages)${h === 'held-out' ? ': never looked at while changing the extractor' : ''}`);
    console.log(`${pad('extractor', 24)}${pad('F1', 8)}${pad('prec', 8)}${pad('recall', 8)}${pad('acc', 8)}`);
    for (const [name, r] of Object.entries(results)) {
      const m = r[h];
      console.log(`${pad(name, 24)}${pad(m.f1.toFixed(3), 8)}${pad(m.precision.toFixed(3), 8)}${pad(m.recall.toFixed(3), 8)}${pad(m.accuracy.toFixed(3), 8)}${extraColumns(name)}`);
    }
  }
}
