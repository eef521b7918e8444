// The unseen-news quote set: which Wikinews articles it holds and which part (train/dev/test) each belongs to.
// Chosen by a rule, split by hash, both fixed before any article was read or the system run on it:
//   every article of ../shared/corpus/wikinews (CC BY 2.5) that is not already a test/fixtures/quotes fixture
//   and holds at least 4 marked quotations of 4 words or more;
//   part by the first hex digit of SHA-1(article id): 0-7 train, 8-b dev, c-f test.
// The annotations (speaker of every marked quote, by hand) are in quotes-unseen.json; the texts stay in ../shared.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkedQuotes } from '../../dist/analyse/shared/quotation.js';

export const partOf = (id) => {
  const d = parseInt(createHash('sha1').update(id).digest('hex')[0], 16);
  return d < 8 ? 'train' : d < 12 ? 'dev' : 'test';
};

/** The selected articles ({ id, url, title, text, part }), or null without ../shared. */
export function unseenQuoteArticles(root) {
  const corpus = join(root, '../shared/corpus/wikinews/wikinews_en_2019_2020.jsonl');
  if (!existsSync(corpus)) return null;
  const fixtures = readFileSync(join(root, 'test/fixtures/quotes/ATTRIBUTION.md'), 'utf8');
  const rows = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return rows
    .filter((r) => !fixtures.includes(`| ${r.url} |`))
    .filter((r) => findMarkedQuotes(r.text, 0, r.text.length).filter((q) => r.text.slice(q.start, q.end).split(/\s+/).length >= 4).length >= 4)
    .map((r) => ({ id: r.id, url: r.url, title: r.title, text: r.text, part: partOf(r.id) }));
}
