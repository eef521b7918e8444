// Parse-only speed of the candidate HTML parsers on the dev corpus (pages/second, after warm-up).
// Usage: node bench/extraction/parsers.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { parse as parse5 } from 'parse5';

const dir = '../shared/corpus/article-extraction-dev/html';
const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
const candidates = {
  'htmlparser2+domhandler': (h) => parseDocument(h),
  linkedom: (h) => parseHTML(h).document,
  parse5: (h) => parse5(h),
};
for (const [name, fn] of Object.entries(candidates)) {
  for (const h of pages.slice(0, 10)) fn(h);
  const t0 = performance.now();
  for (let r = 0; r < 3; r++) for (const h of pages) fn(h);
  const s = (performance.now() - t0) / 1000;
  console.log(`${name.padEnd(24)} ${((pages.length * 3) / s).toFixed(1)} pages/s`);
}
