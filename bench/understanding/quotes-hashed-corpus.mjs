// The unseen-news quote sets whose pages may not be copied into the project: their annotations hold no text. Each
// quotation is its start offset in the extracted text and a short hash of its first 60 characters (`key`), which finds
// it again if the extractor ever moves the offsets. Both sets were chosen by a rule and split by hash, both fixed before
// any text was read or the system run on it, and annotated by three annotators who never saw the system's output.
//
// Mainstream English news of November 2019 (session 31, quotes-zyte.json): the hand-checked article bodies of
// ../shared/corpus/article-extraction-dev (the Zyte article extraction benchmark's development half: CBS, The Hill,
// National Review, BBC, AP, Fox, the LA Times, PolitiFact and others): every page whose body holds at least 2 marked
// quotations of 4 words or more; part by SHA-1(page id) first byte: below 128 `test3` (never tuned on, misses never
// printed), else `dev4`.
//
// News pages among Readability.js's test pages (session 31, quotes-readability.json): ../shared/corpus/readability-test-pages,
// the folders named after English-language news outlets (BBC, the Guardian, the New York Times, the Washington Post,
// Yahoo, Salon, the Seattle Times …; chosen by folder name), the article as Readability.js extracts it (expected.html)
// read by Storyline's HTML extractor, with at least 2 marked quotations of 4 words or more; part by SHA-1(folder name)
// first byte: below 128 `test4` (never tuned on), else `dev5`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findMarkedQuotes } from '../../dist/analyse/shared/quotation.js';
import { extractPlainText } from '../../dist/extract/text/index.js';
import { extractHtml } from '../../dist/extract/html/index.js';

const firstByte = (id) => createHash('sha1').update(id).digest()[0];
const openingOf = (text, q) => text.slice(q.start, q.end).replace(/^["“‘'’”]+/, '').slice(0, 60);
export const quotationKey = (opening) => createHash('sha1').update(opening).digest('hex').slice(0, 10);

/** A selected page: its extracted article, and its marked quotations by key (when it holds enough of them). */
function selected(id, url, part, extracted) {
  const text = extracted.text;
  const quotations = findMarkedQuotes(text, 0, text.length);
  if (quotations.filter((q) => text.slice(q.start, q.end).split(/\s+/).length >= 4).length < 2) return null;
  return { id, url, part, extracted, opening: new Map(quotations.map((q) => [quotationKey(openingOf(text, q)), { start: q.start, text: openingOf(text, q) }])) };
}

/** The Zyte development bodies selected ({ id, url, part, extracted, opening }), or null without ../shared. */
export function zyteQuoteArticles(root) {
  const file = join(root, '../shared/corpus/article-extraction-dev/ground-truth.json');
  if (!existsSync(file)) return null;
  return Object.entries(JSON.parse(readFileSync(file, 'utf8')))
    .map(([id, page]) => selected(id, page.url, firstByte(id) < 128 ? 'test3' : 'dev4', extractPlainText(page.articleBody)))
    .filter(Boolean);
}

/** English-language news outlets among the Readability test pages, by folder name. */
const NEWS_OUTLET = /^(?:bbc|breitbart|buzzfeed|citylab|guardian|herald-sun|nytimes|salon|seattletimes|wapo|yahoo|medicalnewstoday|quanta|cnn|aclu|engadget|theverge|mashable|telegraph|independent|ars|msn|cnet|nj|tmz|marketwatch|newyorker|politico|reuters|slate|time|usatoday|washingtonpost|wsj|latimes|npr|vox|huffpost|dailymail|abc|cbs|fox|nbc)[-_\d]*/;

/** The Readability news pages selected, or null without ../shared. */
export function readabilityQuoteArticles(root) {
  const dir = join(root, '../shared/corpus/readability-test-pages');
  if (!existsSync(dir)) return null;
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const page = join(dir, name, 'expected.html');
    if (!NEWS_OUTLET.test(name) || !existsSync(page)) continue;
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8'));
    if (meta.lang && !/^en/i.test(meta.lang)) continue;
    const s = selected(name, null, firstByte(name) < 128 ? 'test4' : 'dev5', extractHtml(readFileSync(page, 'utf8')));
    if (s) out.push(s);
  }
  return out;
}

/** The annotation in `file` with each quotation's text restored from the page (by key), in the shape the speaker scorer reads. */
export function hashedGold(root, file, articles) {
  const stored = JSON.parse(readFileSync(join(root, 'bench/understanding', file), 'utf8'));
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
