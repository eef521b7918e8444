// The bench's articles: N plain-text files built from ../shared/corpus (Wikinews, ECB+, ru-ua official texts), in a
// fixed order. Past the corpus's size an article is repeated with a line naming its copy, so every file is a distinct
// input (its own content hash) and is analysed again, as a new article would be.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['wikinews/wikinews_en_2019_2020.jsonl', 'ecbplus-dev/docs.jsonl', 'ru-ua-official/ru-ua-corpus.jsonl'];
/** Longer texts (some official transcripts run to 100 KB) would make the bench measure a handful of giants. */
const MAX_CHARS = 20_000;
/** Shorter ones are refused as "not an article" by the extractor: the bench measures articles that are stored. */
const MIN_CHARS = 500;

export function corpusTexts(shared) {
  const lists = SOURCES.map((f) => readFileSync(join(shared, 'corpus', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((d) => d.text && d.text.length >= MIN_CHARS && d.text.length <= MAX_CHARS).map((d) => `${d.title ? `${d.title}\n\n` : ''}${d.text}\n`));
  // Interleaved, so any prefix of the list mixes the three sources.
  const out = [];
  for (let i = 0; out.length < lists.reduce((n, l) => n + l.length, 0); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/** Writes n article files into `dir`; returns their total size in bytes. */
export function writeInputs(shared, dir, n) {
  const texts = corpusTexts(shared);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / texts.length);
    const text = texts[i % texts.length] + (copy ? `\n(Copy ${copy} of this article, for the store bench.)\n` : '');
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes, distinct: Math.min(n, texts.length) };
}
