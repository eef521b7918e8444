// Metadata agreement with Readability's expected metadata over ../shared/corpus/readability-test-pages:
// title, author (byline), date, language, site name. Prints the agreement per field and the disagreements.
// Usage: npx tsc -p tsconfig.json && node bench/extraction/metadata.mjs [--quiet]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../../dist/extract/html/index.js';

const DIR = '../shared/corpus/readability-test-pages';
const quiet = process.argv.includes('--quiet');
const norm = (s) => (s ?? '').toLowerCase().normalize('NFKC').replace(/^by\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const fields = {
  title: (a) => a.title, byline: (a) => (a.authors ?? []).join(', '), publishedTime: (a) => a.published,
  lang: (a) => a.language, siteName: (a) => a.siteName,
};
const same = {
  title: (a, b) => norm(a) === norm(b),
  byline: (a, b) => norm(a) === norm(b) || (norm(a) && norm(b).includes(norm(a))),
  publishedTime: (a, b) => String(a ?? '').slice(0, 10) === String(b ?? '').slice(0, 10),
  lang: (a, b) => norm(a) === norm(b),
  siteName: (a, b) => norm(a) === norm(b),
};
const tally = Object.fromEntries(Object.keys(fields).map((k) => [k, [0, 0]]));
const misses = [];
let extra = 0;
for (const name of readdirSync(DIR).sort()) {
  const metaPath = join(DIR, name, 'expected-metadata.json');
  if (!existsSync(metaPath)) continue;
  const want = JSON.parse(readFileSync(metaPath, 'utf8'));
  const got = extractHtml(readFileSync(join(DIR, name, 'source.html'), 'utf8'), { url: 'http://fakehost/test/page.html' });
  for (const [k, get] of Object.entries(fields)) {
    if (!(k in want)) continue; // lang is absent in some cases
    let mine = get(got);
    if (k === 'lang' && want.lang == null && mine === 'en' && !/lang=/i.test(readFileSync(join(DIR, name, 'source.html'), 'utf8'))) mine = null; // our default
    // Readability reads dates only from JSON-LD/meta: a date we find where it has none is extra, not a disagreement.
    if (k === 'publishedTime' && want[k] == null) { if (mine) extra++; continue; }
    tally[k][1]++;
    if (same[k](mine ?? null, want[k] ?? null) || (!mine && !want[k])) tally[k][0]++;
    else misses.push(`${name.padEnd(28)} ${k.padEnd(13)} got ${JSON.stringify(mine)?.slice(0, 70)}  want ${JSON.stringify(want[k])?.slice(0, 70)}`);
  }
}
if (!quiet) for (const m of misses) console.log(m);
for (const [k, [ok, n]] of Object.entries(tally)) console.log(`${k.padEnd(14)} ${ok}/${n} agree (${((100 * ok) / n).toFixed(1)}%)`);
console.log(`publishedTime found where Readability has none: ${extra} pages`);
