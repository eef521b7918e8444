#!/usr/bin/env node
// Scores extractPlainText on the copied page texts of the article-extraction dev corpus, next to two
// baselines (the whole copied text, and lines of more than twelve words), per cross-validation half
// (split.mjs): held-out first, then the half changes were fitted on, then all pages.
// usage (from the project root, after `npm run build`): node bench/extraction/text.mjs [--dist DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, printHalves, scoreHalves } from './split.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dist = resolve(opt('--dist', 'dist'));
const { extractPlainText } = await import(pathToFileURL(join(dist, 'extract/text/index.js')).href);

const preds = { 'whole text': {}, 'lines > 12 words': {}, storyline: {} };
const files = readdirSync(join(CORPUS, 'text')).filter((f) => f.endsWith('.txt')).sort();
let ms = 0;
for (const f of files) {
  const id = f.replace(/\.txt$/, '');
  const text = readFileSync(join(CORPUS, 'text', f), 'utf8');
  preds['whole text'][id] = text;
  preds['lines > 12 words'][id] = text.split('\n').filter((l) => l.trim().split(/\s+/).length > 12).join('\n');
  const t0 = performance.now();
  preds.storyline[id] = extractPlainText(text).text;
  ms += performance.now() - t0;
}
printHalves(Object.fromEntries(Object.entries(preds).map(([name, p]) => [name, scoreHalves(p)])));
console.log(`\n${files.length} pages, storyline ${ms.toFixed(0)} ms`);
