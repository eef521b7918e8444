#!/usr/bin/env node
// Plain-text extraction of two checkouts compared text by text, for a speed change to the extractor that must not
// change its output: the copied pages of ../shared/corpus/article-extraction-dev/text (furniture, galleries, credits,
// datelines), the demo folder, and the texts of the Wikinews and ru-ua-official corpora (first N of each).
//   node scripts/perf/extract-diff.mjs BASE_DIR [--n 1000]   (BASE_DIR: another checkout with its dist/ built)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const base = args[0];
const n = Number(args.includes('--n') ? args[args.indexOf('--n') + 1] : 1000);
if (!base) { console.error('usage: extract-diff.mjs BASE_DIR [--n 1000]'); process.exit(2); }
const corpus = join(root, '../shared/corpus');
const texts = [];
const pages = [];
const htmlDir = join(corpus, 'article-extraction-dev/html');
for (const f of readdirSync(htmlDir).sort()) pages.push([f, gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8')]);
const readability = join(corpus, 'readability-test-pages');
for (const d of readdirSync(readability).sort()) { const p = join(readability, d, 'source.html'); if (existsSync(p)) pages.push([d, readFileSync(p, 'utf8')]); }
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.txt$/.test(f) && !/^ATTRIBUTION/.test(f)) texts.push([p, readFileSync(p, 'utf8')]); } };
walk(join(corpus, 'article-extraction-dev/text'));
walk(join(root, 'demo'));
for (const file of ['wikinews/wikinews_en_2019_2020.jsonl', 'ru-ua-official/ru-ua-corpus.jsonl']) {
  const lines = readFileSync(join(corpus, file), 'utf8').split('\n').filter(Boolean).slice(0, n);
  for (const l of lines) { const j = JSON.parse(l); texts.push([`${file}:${j.id}`, j.text]); }
}
const ours = await import(join(root, 'dist/extract/index.js'));
const theirs = await import(join(base, 'dist/extract/index.js'));
let same = 0;
const all = [...texts.map(([name, t]) => [name, t, 'text']), ...pages.map(([name, t]) => [name, t, 'html'])];
const outcome = (m, text, format) => { try { return JSON.stringify(m.extract(text, format, {})); } catch (e) { return `error: ${e.message}`; } };
for (const [name, text, format] of all) {
  if (outcome(theirs, text, format) === outcome(ours, text, format)) same++; else console.log(`differs: ${format} ${name}`);
}
console.log(`${same} of ${all.length} extractions identical (${texts.length} texts, ${pages.length} HTML pages)`);
process.exit(same === all.length ? 0 : 1);
