// The third unseen-news quote set: mainstream English news of November 2019 (CBS, The Hill, National Review, BBC, AP,
// Fox, the LA Times, PolitiFact and others), the hand-checked article bodies of ../shared/corpus/article-extraction-dev
// (the Zyte article extraction benchmark's development half; pages third-party, for evaluation only).
// Chosen by a rule and split by hash, both fixed before any body was read or the system run on it (session 31):
//   every page whose body holds at least 2 marked quotations of 4 words or more;
//   part by SHA-1(page id) first byte: below 128 `test3` (never tuned on, misses never printed), else `dev4`.
// The annotations (speaker of every marked quotation, by three annotators who never saw the system's output) are in
// quotes-zyte.json. The pages may not be copied into the project, so the annotation holds no text: each quotation is
// its start offset in the extracted body and a short hash of its first 60 characters (`key`), which finds it again if
// the extractor ever moves the offsets.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkedQuotes } from '../../dist/analyse/shared/quotation.js';
import { extractPlainText } from '../../dist/extract/text/index.js';

export const zytePartOf = (id) => (createHash('sha1').update(id).digest()[0] < 128 ? 'test3' : 'dev4');
const openingOf = (text, q) => text.slice(q.start, q.end).replace(/^["“‘'’”]+/, '').slice(0, 60);
export const quotationKey = (opening) => createHash('sha1').update(opening).digest('hex').slice(0, 10);

/** The selected pages ({ id, url, text, part, quotations }) with their marked quotations, or null without ../shared. */
export function zyteQuoteArticles(root) {
  const file = join(root, '../shared/corpus/article-extraction-dev/ground-truth.json');
  if (!existsSync(file)) return null;
  const pages = JSON.parse(readFileSync(file, 'utf8'));
  const picked = [];
  for (const [id, page] of Object.entries(pages)) {
    const text = extractPlainText(page.articleBody).text;
    const quotations = findMarkedQuotes(text, 0, text.length);
    if (quotations.filter((q) => text.slice(q.start, q.end).split(/\s+/).length >= 4).length < 2) continue;
    picked.push({ id, url: page.url, text: page.articleBody, part: zytePartOf(id), opening: new Map(quotations.map((q) => [quotationKey(openingOf(text, q)), { start: q.start, text: openingOf(text, q) }])) });
  }
  return picked;
}

/** The annotation with each quotation's text restored from the page (by key), in the shape the speaker scorer reads. */
export function zyteGold(root, articles) {
  const stored = JSON.parse(readFileSync(join(root, 'bench/understanding/quotes-zyte.json'), 'utf8'));
  const gold = {};
  for (const a of articles) {
    const entry = stored[a.id];
    if (!entry) continue;
    gold[a.id] = {
      ...entry,
      quotes: entry.quotes.map(({ key, start, ...rest }) => {
        const found = a.opening.get(key);
        return { ...rest, start: found?.start ?? start, text: found?.text ?? `(quotation ${key} no longer found)` };
      }),
    };
  }
  return gold;
}
