#!/usr/bin/env node
// Plain-text extraction of two checkouts compared text by text, for a speed change to the extractor that must not
// change its output: the copied pages of ../shared/corpus/article-extraction-dev/text (furniture, galleries, credits,
// datelines), the demo folder, and the texts of the Wikinews and ru-ua-official corpora (first N of each).
//   node scripts/perf/extract-diff.mjs BASE_DIR [--n 1000]   (BASE_DIR: another checkout with its dist/ built)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const base = args[0];
const n = Number(args.includes('--n') ? args[args.indexOf('--n') + 1] : 1000);
if (!base) { console.error('usage: extract-diff.mjs BASE_DIR [--n 1000]'); process.exit(2); }
const corpus = join(root, '../shared/corpus');
const texts = [];
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
for (const [name, text] of texts) {
  const a = JSON.stringify(theirs.extract(text, 'text', {})), b = JSON.stringify(ours.extract(text, 'text', {}));
  if (a === b) same++; else console.log(`differs: ${name}`);
}
console.log(`${same} of ${texts.length} extractions identical`);
process.exit(same === texts.length ? 0 : 1);
